package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.froissart.api.Amount;
import org.froissart.api.TemporalExpression;
import org.froissart.extractors.amounts.AmountExtractor;
import org.junit.jupiter.api.Test;

/** Throughput and shared-instance checks on the real French tables. */
class FrenchThroughputTest {
    static final String PARAGRAPH = "Jeudi, la police a interpellé 21 personnes à Lyon, a indiqué hier "
            + "la préfecture. L'attaque du 14 juillet 2019 avait fait quatre morts et 1 500 blessés ; "
            + "l'an dernier, l'État a débloqué 10 millions d'euros, soit 8,5 % du budget. Au début du mois, "
            + "huit navires de guerre ont quitté Toulon. Le ministre, qui s'exprimait devant les députés, "
            + "a rappelé que la situation restait « très préoccupante » et que des renforts arriveraient "
            + "dans les prochains jours, sans donner plus de précisions sur leur nombre ni leur mission. ";

    static String corpus(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + PARAGRAPH.length());
        int k = 0;
        while (sb.length() < bytes) {
            sb.append(PARAGRAPH.replace("21", Integer.toString(10 + k % 90)));
            k++;
        }
        return sb.toString();
    }

    @Test
    void throughputAndThreadSafety() throws Exception {
        LocalDate pub = LocalDate.of(2024, 11, 23);
        String text = corpus(4_000_000);
        for (int w = 0; w < 3; w++) {
            FrenchDateRulesTest.FR.find(text, pub);
            FrenchAmountRulesTest.FR.find(text);
        }
        long t0 = System.nanoTime();
        List<TemporalExpression> dates = FrenchDateRulesTest.FR.find(text, pub);
        long t1 = System.nanoTime();
        List<Amount> amounts = FrenchAmountRulesTest.FR.find(text, AmountExtractor.spansOf(dates));
        long t2 = System.nanoTime();
        double mb = text.length() / 1e6;
        double dateRate = mb / ((t1 - t0) / 1e9);
        double amountRate = mb / ((t2 - t1) / 1e9);
        System.out.printf("dates: %.1f MB/s (%d found), amounts: %.1f MB/s (%d found)%n",
                dateRate, dates.size(), amountRate, amounts.size());
        // loose bound: the suite may run next to other builds; typical figures are printed above
        assertTrue(dateRate > 2 && amountRate > 2, "too slow: " + dateRate + " / " + amountRate);

        String small = corpus(50_000);
        List<TemporalExpression> expectedDates = FrenchDateRulesTest.FR.find(small, pub);
        List<Amount> expectedAmounts = FrenchAmountRulesTest.FR.find(small);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> expectedDates.equals(FrenchDateRulesTest.FR.find(small, pub))
                        && expectedAmounts.equals(FrenchAmountRulesTest.FR.find(small))));
            }
            for (Future<Boolean> f : results) {
                assertEquals(Boolean.TRUE, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
