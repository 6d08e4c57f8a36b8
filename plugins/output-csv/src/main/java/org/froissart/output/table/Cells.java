package org.froissart.output.table;

import java.math.BigDecimal;

/** Text forms of cell values shared by the text outputs (csv, gdelt). */
public final class Cells {
    private Cells() {
    }

    /**
     * A cell as text: null is the empty string, whole doubles have no decimal point ("2", not "2.0"),
     * other doubles are plain decimals (never exponents), dates are ISO, booleans true/false.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f.doubleValue());
        }
        return value.toString();
    }

    /** A number without exponent; whole values without decimals; NaN and infinities as the empty string. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
