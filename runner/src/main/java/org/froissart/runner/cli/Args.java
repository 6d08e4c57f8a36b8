package org.froissart.runner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.froissart.runner.pipeline.Suggestions;

/** A small strict option parser: known options only, values checked, positional arguments kept in order. */
public final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param valued options that take a value ("--threads")
     * @param flags  options without a value ("--quiet")
     * @param aliases short forms ("-o" → "--output")
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags, Map<String, String> aliases, String command) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                a.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                name = aliases.getOrDefault(name, name);
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + name + " needs a value; see 'froissart " + command + " --help'");
                        }
                        value = args.get(++i);
                    }
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (flags.contains(name)) {
                    a.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else {
                    List<String> known = new ArrayList<>(valued);
                    known.addAll(flags);
                    known.addAll(aliases.keySet());
                    throw new UsageException("unknown option '" + arg + "' for '" + command + "'"
                            + Suggestions.didYouMean(name, known) + "; valid options: " + String.join(", ", known.stream().sorted().toList()));
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String value(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    public List<String> positional() {
        return positional;
    }

    public int intValue(String name, int fallback, int min, int max) {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + v + "'");
        }
    }
}
