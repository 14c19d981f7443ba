package org.liaison.exchange.internal.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaison.exchange.seds.SedSector;
import org.liaison.exchange.seds.SedType;
import org.liaison.shared.LocalizedText;

/**
 * Reads {@code exchange/seds/catalogue.csv}: one SED a line, fields separated by semicolons
 * (code;sector;buc;title_fr;title_en;title_status;source;variants), lines starting with # are comments.
 */
final class CatalogueFile {

    static final String LOCATION = "exchange/seds/catalogue.csv";

    private CatalogueFile() {
    }

    static List<SedType> read() {
        try (InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LOCATION);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SedType> parse(List<String> lines) {
        List<SedType> types = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 8) {
                throw new IllegalStateException(LOCATION + ": 8 fields expected in '" + line + "'");
            }
            List<String> variants = f[7].isBlank() ? List.of() : Arrays.stream(f[7].split(",")).map(String::strip).toList();
            types.add(new SedType(f[0], SedSector.valueOf(f[1]), f[2], new LocalizedText(f[3], f[4]),
                    SedType.TitleStatus.valueOf(f[5].toUpperCase(Locale.ROOT)), f[6], variants));
        }
        return List.copyOf(types);
    }
}
