package org.froissart.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.froissart.api.Amount;
import org.froissart.api.TemporalExpression;
import org.junit.jupiter.api.Test;

/** Shared-instance checks on the real French date and number tables. */
class FrenchSharedRulesTest {
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

    /** One shared instance gives the same results from several threads (speed is measured by `froissart bench`). */
    @Test
    void sharedRulesAgreeAcrossThreads() throws Exception {
        LocalDate pub = LocalDate.of(2024, 11, 23);
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
