package org.liaison.coordination.internal.healthcare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaison.coordination.care.HealthcareTariff;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.data.CsvFile;

/** French tariffs, dated, read from a semicolon-separated file with a header (the demo set until the registry holds them). */
public final class HealthcareTariffs {

    public static final String DEMO_RESOURCE = "reference/healthcare/fr-tariffs-demo.csv";

    private final List<HealthcareTariff> tariffs;

    public HealthcareTariffs(List<HealthcareTariff> tariffs) {
        this.tariffs = List.copyOf(tariffs);
    }

    public static HealthcareTariffs demo() {
        return new HealthcareTariffs(CsvFile.fromClasspath(DEMO_RESOURCE, ';').stream().map(r -> new HealthcareTariff(
                r.get("code"), new LocalizedText(r.get("label_fr"), r.get("label_en")), r.get("base_eur", BigDecimal::new),
                r.get("rate_percent", Integer::parseInt), r.get("flat_deduction_eur", BigDecimal::new),
                r.get("valid_from", LocalDate::parse), r.get("valid_to", to -> to.isEmpty() ? null : LocalDate.parse(to)),
                r.get("source"), "DEMO".equals(r.get("status")))).toList());
    }

    public Optional<HealthcareTariff> find(String code, LocalDate date) {
        return tariffs.stream().filter(t -> t.code().equals(code) && t.inForceOn(date)).findFirst();
    }

    public List<HealthcareTariff> all() {
        return tariffs;
    }
}
