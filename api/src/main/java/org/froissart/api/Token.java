package org.froissart.api;

/**
 * A token. {@code norm} is the form dictionaries match against (lower case, typographic apostrophes
 * and quotes folded); {@code pos} is a Universal POS tag or null when no tagger ran.
 */
@Api(Api.Status.STABLE)
public record Token(int start, int end, String norm, String pos) {
    public Token withPos(String newPos) {
        return new Token(start, end, norm, newPos);
    }
}
