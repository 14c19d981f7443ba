package org.liaison.coordination.internal.healthcare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaison.coordination.care.HealthcareTariff;
import org.liaison.shared.LocalizedText;

/** French tariffs, dated, read from a semicolon-separated file (the demo set until the registry holds them). */
public final class HealthcareTariffs {

    public static final String DEMO_RESOURCE = "reference/healthcare/fr-tariffs-demo.csv";

    private final List<HealthcareTariff> tariffs;

    public HealthcareTariffs(List<HealthcareTariff> tariffs) {
        this.tariffs = List.copyOf(tariffs);
    }

    public static HealthcareTariffs demo() {
        try (InputStream in = HealthcareTariffs.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DEMO_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<HealthcareTariff> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", -1);
                    rows.add(new HealthcareTariff(f[0], new LocalizedText(f[1], f[2]), new BigDecimal(f[3]),
                            Integer.parseInt(f[4]), new BigDecimal(f[5]), LocalDate.parse(f[6]),
                            f[7].isEmpty() ? null : LocalDate.parse(f[7]), f[8], "DEMO".equals(f[9])));
                }
            }
            return new HealthcareTariffs(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<HealthcareTariff> find(String code, LocalDate date) {
        return tariffs.stream().filter(t -> t.code().equals(code) && t.inForceOn(date)).findFirst();
    }

    public List<HealthcareTariff> all() {
        return tariffs;
    }
}
