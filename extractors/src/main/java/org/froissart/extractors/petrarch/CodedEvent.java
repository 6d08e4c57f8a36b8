package org.froissart.extractors.petrarch;

/** A coded event: source actor code, target actor code and CAMEO event code. */
public record CodedEvent(String source, String target, String code) {
    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}
