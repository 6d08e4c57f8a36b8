package org.froissart.api;

/**
 * A date expression resolved against the publication date.
 *
 * @param value ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY), or null when it cannot be resolved
 */
@Api(Api.Status.STABLE)
public record TemporalExpression(int start, int end, String text, String value) {
}
