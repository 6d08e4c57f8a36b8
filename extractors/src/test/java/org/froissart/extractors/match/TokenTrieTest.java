package org.froissart.extractors.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.froissart.api.Token;
import org.froissart.extractors.text.Tokenizer;
import org.junit.jupiter.api.Test;

class TokenTrieTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(java.util.Set.of());

    /** A trie of String values ("v0", "v1", ...), the value ids being the entries' order. */
    private static TokenTrie<String> trie(List<List<String>> entries) {
        StringTable.Builder strings = new StringTable.Builder();
        TokenTrie.Builder b = new TokenTrie.Builder(strings);
        for (int i = 0; i < entries.size(); i++) {
            b.add(entries.get(i), i);
        }
        return b.build(strings.build(), i -> "v" + i);
    }

    private static byte[] bytes(TokenTrie<?> trie, StringTable strings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        strings.write(d);
        trie.write(d);
        d.flush();
        return out.toByteArray();
    }

    private static <V> TokenTrie<V> reread(byte[] bytes, IntFunction<V> values) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StringTable strings = StringTable.read(in);
        return TokenTrie.read(in, strings, values);
    }

    @Test
    void longestMatchAndExactLookUp() {
        TokenTrie<String> t = trie(List.of(List.of("new", "york"), List.of("new", "york", "city"), List.of("york"),
                List.of("new", "york"), List.of()));
        List<Token> tokens = TOKENIZER.tokenize("in New York City today");
        TokenTrie.Match<String> m = t.longest(tokens, 1, tokens.size());
        assertEquals(1, m.start());
        assertEquals(4, m.end());
        assertEquals(List.of("v1"), m.values());
        // The limit cuts the match; two entries of one sequence keep the order they were added in.
        assertEquals(new TokenTrie.Match<>(1, 3, List.of("v0", "v3")), t.longest(tokens, 1, 3));
        assertNull(t.longest(tokens, 0, tokens.size()));
        assertNull(t.longest(tokens, 1, 2), "'new' alone is only a prefix");
        assertEquals(List.of("v2"), t.get(List.of("york")));
        assertNull(t.get(List.of("new")));
        assertNull(t.get(List.of("york", "city")));
        assertNull(t.get(List.of()));
        assertEquals(4, t.size(), "the empty sequence is not an entry");
    }

    @Test
    void writtenAndReadBackItIsTheSameTrie() throws IOException {
        StringTable.Builder strings = new StringTable.Builder();
        TokenTrie.Builder b = new TokenTrie.Builder(strings);
        b.add(List.of("côte", "d'ivoire"), 0);
        b.add(List.of("東京"), 1);
        b.add(List.of("côte"), 2);
        StringTable table = strings.build();
        TokenTrie<String> built = b.build(table, i -> "v" + i);
        byte[] written = bytes(built, table);
        ByteBuffer in = ByteBuffer.wrap(written);
        StringTable readStrings = StringTable.read(in);
        TokenTrie<String> read = TokenTrie.read(in, readStrings, i -> "v" + i);
        assertArrayEquals(written, bytes(read, readStrings));
        assertEquals(List.of("v0"), read.get(List.of("côte", "d'ivoire")));
        assertEquals(List.of("v1"), read.get(List.of("東京")));
        assertEquals(List.of("v2"), read.get(List.of("côte")));
    }

    /** The compiled trie answers as a plain map of sequences would, before and after a round trip. */
    @Test
    void agreesWithAMapOfSequences() throws IOException {
        Random random = new Random(42);
        String[] words = {"a", "b", "c", "d", "e", "ab", "ba", "Aa", "BB"}; // "Aa" and "BB" have the same hashCode
        List<List<String>> entries = new ArrayList<>();
        Map<List<String>, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < 3000; i++) {
            List<String> e = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                e.add(words[random.nextInt(words.length)]);
            }
            expected.computeIfAbsent(e, k -> new ArrayList<>()).add("v" + entries.size());
            entries.add(e);
        }
        StringTable.Builder strings = new StringTable.Builder();
        TokenTrie.Builder b = new TokenTrie.Builder(strings);
        for (int i = 0; i < entries.size(); i++) {
            b.add(entries.get(i), i);
        }
        StringTable table = strings.build();
        TokenTrie<String> built = b.build(table, i -> "v" + i);
        TokenTrie<String> read = reread(bytes(built, table), i -> "v" + i);
        for (TokenTrie<String> t : List.of(built, read)) {
            for (int q = 0; q < 2000; q++) {
                List<String> seq = new ArrayList<>();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    seq.add(words[random.nextInt(words.length)]);
                }
                assertEquals(expected.get(seq), t.get(seq), seq.toString());
                List<Token> tokens = new ArrayList<>();
                for (String w : seq) {
                    tokens.add(new Token(0, 1, w, null));
                }
                int end = 0;
                for (int k = 1; k <= seq.size(); k++) {
                    if (expected.containsKey(seq.subList(0, k))) {
                        end = k;
                    }
                }
                TokenTrie.Match<String> m = t.longest(tokens, 0, tokens.size());
                assertEquals(end == 0 ? null : new TokenTrie.Match<>(0, end, expected.get(seq.subList(0, end))), m, seq.toString());
            }
        }
    }

    @Test
    void aCorruptTrieIsRefused() {
        ByteBuffer in = ByteBuffer.allocate(64);
        in.putInt(3).putInt(-1).putInt(0).putInt(0); // a node array of 3 ints: not whole nodes
        in.flip();
        assertThrows(RuntimeException.class, () -> TokenTrie.read(in, new StringTable.Builder().build(), i -> i));
    }
}
