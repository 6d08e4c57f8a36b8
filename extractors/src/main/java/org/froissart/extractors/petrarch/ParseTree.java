package org.froissart.extractors.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Penn Treebank constituency tree whose leaves are numbered tokens (upper-cased, as PETRARCH codes). */
public final class ParseTree {

    /** A constituent; preterminals carry the word, and every node knows its token span [start, end). */
    public static final class Node {
        final String label;
        final String word;
        final List<Node> children = new ArrayList<>();
        Node parent;
        int start;
        int end;

        Node(String label, String word) {
            this.label = label;
            this.word = word;
        }

        boolean isPreterminal() {
            return word != null;
        }

        boolean is(String... labels) {
            for (String l : labels) {
                if (label.equals(l)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return label + "[" + start + "," + end + ")";
        }
    }

    private final Node root;
    private final List<Node> leaves;
    private final List<String> tokens;

    private ParseTree(Node root, List<Node> leaves) {
        this.root = root;
        this.leaves = List.copyOf(leaves);
        List<String> words = new ArrayList<>();
        leaves.forEach(l -> words.add(l.word));
        this.tokens = List.copyOf(words);
    }

    Node root() {
        return root;
    }

    /** Preterminal nodes in sentence order. */
    List<Node> leaves() {
        return leaves;
    }

    public List<String> tokens() {
        return tokens;
    }

    /** Parses bracketed Treebank text; throws IllegalArgumentException when brackets are unbalanced. */
    public static ParseTree parse(String text) {
        List<String> symbols = lex(text);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("empty parse");
        }
        int[] position = {0};
        List<Node> leaves = new ArrayList<>();
        Node root = node(symbols, position, leaves);
        if (position[0] != symbols.size()) {
            throw new IllegalArgumentException("text after the end of the tree at symbol " + position[0]);
        }
        return new ParseTree(root, leaves);
    }

    private static Node node(List<String> symbols, int[] position, List<Node> leaves) {
        expect(symbols, position, "(");
        String label = next(symbols, position);
        if (label.equals("(") || label.equals(")")) {
            throw new IllegalArgumentException("missing label at symbol " + position[0]);
        }
        Node node;
        if (!peek(symbols, position).equals("(")) {
            String word = next(symbols, position);
            if (word.equals(")")) {
                throw new IllegalArgumentException("missing word after " + label);
            }
            node = new Node(label, word.toUpperCase(Locale.ROOT));
            node.start = leaves.size();
            leaves.add(node);
            node.end = leaves.size();
        } else {
            node = new Node(label, null);
            node.start = leaves.size();
            while (peek(symbols, position).equals("(")) {
                Node child = node(symbols, position, leaves);
                child.parent = node;
                node.children.add(child);
            }
            node.end = leaves.size();
        }
        expect(symbols, position, ")");
        return node;
    }

    private static List<String> lex(String text) {
        List<String> symbols = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    symbols.add(current.toString());
                    current.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    symbols.add(String.valueOf(c));
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            symbols.add(current.toString());
        }
        return symbols;
    }

    private static String peek(List<String> symbols, int[] position) {
        if (position[0] >= symbols.size()) {
            throw new IllegalArgumentException("unbalanced parentheses: unexpected end of tree");
        }
        return symbols.get(position[0]);
    }

    private static String next(List<String> symbols, int[] position) {
        String symbol = peek(symbols, position);
        position[0]++;
        return symbol;
    }

    private static void expect(List<String> symbols, int[] position, String expected) {
        String symbol = next(symbols, position);
        if (!symbol.equals(expected)) {
            throw new IllegalArgumentException("expected '" + expected + "' but found '" + symbol + "'");
        }
    }
}
