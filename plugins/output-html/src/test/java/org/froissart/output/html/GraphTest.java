package org.froissart.output.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void nodesSitOnACircle() {
        for (int i = 0; i < 7; i++) {
            double[] p = Graph.position(i, 7, 100);
            assertEquals(100, Math.hypot(p[0] - Graph.SIZE / 2.0, p[1] - Graph.SIZE / 2.0), 1e-9);
        }
        double[] top = Graph.position(0, 4, 100);
        assertEquals(Graph.SIZE / 2.0, top[0], 1e-9);
        assertEquals(Graph.SIZE / 2.0 - 100, top[1], 1e-9);
    }

    @Test
    void oneArrowPerPairAndOneNodePerActor() {
        Report.Edge a = new Report.Edge("RUS", "BOL");
        a.count = 3;
        a.quad[3] = 3;
        a.codes.put("111", 3);
        Report.Edge b = new Report.Edge("BOL", "RUS");
        b.count = 1;
        b.quad[1] = 1;
        Report.Edge loop = new Report.Edge("USA", "USA");
        loop.count = 1;
        String svg = Graph.svg(List.of(a, b, loop), Map.of("RUS", "Russia"), 40);
        assertEquals(3, count(svg, "<path class=\"edge\""));
        assertEquals(3, count(svg, "<circle"));
        assertTrue(svg.contains("<title>RUS → BOL: 3 events (111 Disapprove ×3)</title>"), svg);
        assertTrue(svg.contains("<title>RUS · Russia · 4 events</title>"), svg);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
