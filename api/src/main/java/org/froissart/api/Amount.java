package org.froissart.api;

/**
 * A quantity and what it counts: "quatre morts" is value 4, object "morts".
 *
 * @param object the counted noun (or unit), or null
 */
@Api(Api.Status.STABLE)
public record Amount(int start, int end, String text, double value, String object) {
}
