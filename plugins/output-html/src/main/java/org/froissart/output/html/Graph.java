package org.froissart.output.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An inline SVG of actor-to-actor events: actors on a circle, arrows from source to target. */
final class Graph {
    static final int SIZE = 720;
    private static final String[] QUAD_COLOURS = {"#868e96", "#2f9e44", "#1971c2", "#e8590c", "#c92a2a"};

    private Graph() {
    }

    /** Position of node i of n on the circle, starting at the top, clockwise. */
    static double[] position(int i, int n, double radius) {
        double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
        return new double[] {SIZE / 2.0 + radius * Math.cos(a), SIZE / 2.0 + radius * Math.sin(a)};
    }

    static String svg(Collection<Report.Edge> edges, Map<String, String> names, int maxNodes) {
        Map<String, Integer> degree = new HashMap<>();
        for (Report.Edge e : edges) {
            degree.merge(e.source, e.count, Integer::sum);
            degree.merge(e.target, e.count, Integer::sum);
        }
        List<String> nodes = new ArrayList<>(degree.keySet());
        nodes.sort(Comparator.<String>comparingInt(n -> -degree.get(n)).thenComparing(n -> n));
        if (nodes.size() > maxNodes) {
            nodes = new ArrayList<>(nodes.subList(0, maxNodes));
        }
        nodes.sort(Comparator.naturalOrder());
        StringBuilder b = new StringBuilder(8192);
        b.append("<svg class=\"graph\" id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" role=\"img\" aria-label=\"actor to actor event graph\">\n");
        if (nodes.isEmpty()) {
            b.append("<text x=\"").append(SIZE / 2).append("\" y=\"").append(SIZE / 2)
                    .append("\" text-anchor=\"middle\">No event with both a source and a target actor.</text></svg>\n");
            return b.toString();
        }
        b.append("<defs>");
        for (int q = 0; q <= 4; q++) {
            b.append("<marker id=\"arrow").append(q).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
                    + "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
                    .append(QUAD_COLOURS[q]).append("\"/></marker>");
        }
        b.append("</defs>\n");
        double radius = SIZE / 2.0 - 110;
        double nodeRadius = 7;
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i), position(i, nodes.size(), radius));
        }
        Set<String> pairs = new HashSet<>();
        for (Report.Edge e : edges) {
            pairs.add(e.source + "\u0000" + e.target);
        }
        b.append("<g class=\"edges\">\n");
        for (Report.Edge e : edges) {
            double[] p = at.get(e.source);
            double[] q = at.get(e.target);
            if (p == null || q == null) {
                continue;
            }
            int quad = e.dominantQuad();
            double width = Math.min(8, 1.2 + Math.log(e.count) * 1.6);
            StringBuilder codes = new StringBuilder();
            for (Map.Entry<String, Integer> c : e.codes.entrySet()) {
                codes.append(codes.length() == 0 ? "" : ", ").append(c.getKey()).append(' ')
                        .append(Cameo.rootName(c.getKey())).append(c.getValue() > 1 ? " ×" + c.getValue() : "");
            }
            String title = e.source + " → " + e.target + ": " + e.count + (e.count == 1 ? " event" : " events")
                    + (codes.length() == 0 ? "" : " (" + codes + ")");
            b.append("<path class=\"edge\" data-source=\"").append(Html.esc(e.source)).append("\" data-target=\"")
                    .append(Html.esc(e.target)).append("\" d=\"");
            if (e.source.equals(e.target)) {
                // A loop outside the circle.
                double dx = p[0] - SIZE / 2.0;
                double dy = p[1] - SIZE / 2.0;
                double len = Math.hypot(dx, dy);
                double ux = dx / len;
                double uy = dy / len;
                double ox = p[0] + ux * 40;
                double oy = p[1] + uy * 40;
                b.append(f("M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f", p[0] + ux * nodeRadius - uy * 4, p[1] + uy * nodeRadius
                        + ux * 4, ox - uy * 30, oy + ux * 30, ox + uy * 30, oy - ux * 30, p[0] + ux * nodeRadius + uy * 4,
                        p[1] + uy * nodeRadius - ux * 4));
            } else {
                double dx = q[0] - p[0];
                double dy = q[1] - p[1];
                double len = Math.hypot(dx, dy);
                double ux = dx / len;
                double uy = dy / len;
                // Both directions present: bend each arrow to its own side so they do not overlap.
                double bend = pairs.contains(e.target + "\u0000" + e.source) ? 0.12 * len : 0;
                double mx = (p[0] + q[0]) / 2 - uy * bend;
                double my = (p[1] + q[1]) / 2 + ux * bend;
                b.append(f("M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", p[0] + ux * nodeRadius, p[1] + uy * nodeRadius, mx, my,
                        q[0] - ux * (nodeRadius + 2), q[1] - uy * (nodeRadius + 2)));
            }
            b.append("\" fill=\"none\" stroke=\"").append(QUAD_COLOURS[quad]).append("\" stroke-opacity=\"0.75\" stroke-width=\"")
                    .append(f("%.1f", width)).append("\" marker-end=\"url(#arrow").append(quad).append(")\"><title>")
                    .append(Html.esc(title)).append("</title></path>\n");
        }
        b.append("</g>\n<g class=\"nodes\">\n");
        for (int i = 0; i < nodes.size(); i++) {
            String n = nodes.get(i);
            double[] p = at.get(n);
            double[] label = position(i, nodes.size(), radius + 16);
            double cos = label[0] - SIZE / 2.0;
            String anchor = Math.abs(cos) < 20 ? "middle" : cos > 0 ? "start" : "end";
            String name = names.get(n);
            b.append("<g class=\"node\" data-code=\"").append(Html.esc(n)).append("\"><circle cx=\"").append(f("%.1f", p[0]))
                    .append("\" cy=\"").append(f("%.1f", p[1])).append("\" r=\"").append(f("%.0f", nodeRadius))
                    .append("\" fill=\"#1d2330\"><title>").append(Html.esc(n + (name == null ? "" : " · " + name) + " · "
                            + degree.get(n) + " events")).append("</title></circle><text x=\"").append(f("%.1f", label[0]))
                    .append("\" y=\"").append(f("%.1f", label[1] + 4)).append("\" text-anchor=\"").append(anchor).append("\">")
                    .append(Html.esc(n)).append("</text></g>\n");
        }
        b.append("</g></svg>\n");
        return b.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
