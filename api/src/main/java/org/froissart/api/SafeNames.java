package org.froissart.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file names for outputs that write one file per document. Document ids come from the input
 * (file names, JSON fields) and may hold anything: "../../etc/passwd", "a/b", control characters,
 * "CON", a thousand characters. Never build a path from an id directly; use
 * {@code dir.resolve(SafeNames.fileName(doc.id()) + ".html")}.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SafeNames {
    /** Longest name returned, in characters (well under the 255 bytes most file systems allow). */
    public static final int MAX_LENGTH = 120;

    private static final int KEEP = MAX_LENGTH - 17;
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeNames() {
    }

    /**
     * Maps any id (null included) to a file name made only of ASCII letters, digits, '-', '_' and
     * '.', that does not start with '.' or '-' nor end with '.', is not a name reserved on Windows
     * (CON, NUL, COM1...), and has at most
     * {@link #MAX_LENGTH} characters. An id that is already such a name is returned unchanged;
     * any other id gets its unsafe characters replaced by '_' and a '-' plus 16 hex digits of its
     * SHA-256 appended, so two different ids practically never share a file name. The result is a
     * single path element: it cannot name a directory or leave the directory it is resolved in.
     */
    public static String fileName(String id) {
        String s = id == null ? "" : id;
        if (isSafe(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), KEEP));
        for (int i = 0; i < s.length() && b.length() < KEEP; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || ((c == '.' || c == '-') && b.length() > 0);
            b.append(ok ? c : '_');
        }
        if (b.length() == 0) {
            b.append('_');
        }
        return b.append('-').append(hash(s)).toString();
    }

    /** True when {@code name} is returned unchanged by {@link #fileName}. */
    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > KEEP || name.charAt(0) == '.' || name.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        if (name.endsWith(".")) {
            return false; // Windows drops trailing dots
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).toUpperCase(Locale.ROOT);
        return !WINDOWS_RESERVED.contains(stem);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_16BE));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
