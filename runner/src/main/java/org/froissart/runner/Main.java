package org.froissart.runner;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.inject.Guice;
import com.google.inject.Injector;

import org.froissart.api.ConfigException;
import org.froissart.runner.cli.Cli;

/**
 * The froissart command. Exit codes: 0 every document written, 1 some failed (and were reported),
 * 2 usage or configuration error, 3 internal error.
 */
public final class Main {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; used by main and by tests that need no new JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        try {
            List<Path> pluginDirs = pluginDirectories(rest);
            Injector injector = Guice.createInjector(new RunnerModule(pluginDirs));
            return injector.getInstance(Cli.class).execute(rest, out, err);
        } catch (ConfigException e) {
            err.println("froissart: error: " + e.getMessage());
            return USAGE;
        } catch (com.google.inject.ProvisionException | com.google.inject.CreationException e) {
            Throwable c = e.getCause();
            while (c != null && !(c instanceof ConfigException) && c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            if (c instanceof ConfigException ce) {
                err.println("froissart: error: " + ce.getMessage());
                return USAGE;
            }
            err.println("froissart: internal error: " + e.getMessage());
            e.printStackTrace(err);
            return INTERNAL;
        } catch (RuntimeException e) {
            err.println("froissart: internal error (please report it): " + e);
            e.printStackTrace(err);
            return INTERNAL;
        }
    }

    /** Takes every "--plugins DIR" out of the arguments; default: a plugins/ directory next to the runner jar. */
    private static List<Path> pluginDirectories(List<String> args) {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--plugins") || a.startsWith("--plugins=")) {
                String v;
                if (a.equals("--plugins")) {
                    if (i + 1 >= args.size()) {
                        throw new ConfigException("option --plugins needs a directory");
                    }
                    v = args.remove(i + 1);
                } else {
                    v = a.substring("--plugins=".length());
                }
                args.remove(i);
                i--;
                dirs.add(Path.of(v));
            }
        }
        if (dirs.isEmpty()) {
            Path besideJar = besideJar();
            if (besideJar != null && Files.isDirectory(besideJar)) {
                dirs.add(besideJar);
            }
        }
        return dirs;
    }

    private static Path besideJar() {
        try {
            var src = Main.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            Path p = Path.of(src.getLocation().toURI());
            return p.toString().endsWith(".jar") ? p.getParent().resolve("plugins") : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
