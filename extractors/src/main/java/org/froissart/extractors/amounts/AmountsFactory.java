package org.froissart.extractors.amounts;

import java.util.Set;

import org.froissart.api.Amount;
import org.froissart.api.Capabilities;
import org.froissart.api.Description;
import org.froissart.api.Document;
import org.froissart.api.Extractor;
import org.froissart.api.ExtractorFactory;
import org.froissart.api.PluginContext;
import org.froissart.extractors.lang.PerLanguage;
import org.froissart.extractors.util.HeaderLines;

@Description("Amounts in digits and words with what they count (\"quatre morts\" = 4 morts, \"10 millions d'euros\" = 10000000 euros); numbers inside dates found by an earlier 'dates' step are skipped.")
public final class AmountsFactory implements ExtractorFactory<AmountsFactory.Config> {
    public static final String NAME = "amounts";

    public record Config() {
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> produces() {
        return Set.of(Capabilities.AMOUNTS);
    }

    /** "8.2bn" is 8.2 × 10⁹ computed in binary: round away the floating-point dust (8199999999.999999). */
    static double clean(double v) {
        double r = Math.rint(v);
        if (Math.abs(v - r) <= 1e-9 * Math.max(1.0, Math.abs(v))) {
            return r;
        }
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }

    @Override
    public Extractor create(Config config, PluginContext context) {
        PerLanguage<AmountExtractor> engines = new PerLanguage<>(context, "froissart.amounts", AmountRules.FILE,
                AmountExtractor.class, l -> new AmountExtractor(AmountRules.load(context::openResource, l)));
        return (Document d) -> {
            AmountExtractor e = engines.get(d.language());
            if (e == null) {
                return;
            }
            for (Amount a : e.find(d.text(), AmountExtractor.spansOf(d.dates()))) {
                if (!d.inBoilerplate(a.start()) && !HeaderLines.inDateLine(d, a.start())) {
                    d.amounts().add(new Amount(a.start(), a.end(), a.text(), clean(a.value()), a.object()));
                }
            }
        };
    }
}
