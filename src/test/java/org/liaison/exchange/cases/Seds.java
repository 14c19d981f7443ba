package org.liaison.exchange.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalogue's sample documents (valid and invalid per SED, data model 4.3) used as the SEDs exchanged. */
public final class Seds {

    private Seds() {
    }

    public static String valid(String sed) {
        return read("exchange/seds/4.3/" + sed + ".valid.json");
    }

    static String invalid(String sed) {
        return read("exchange/seds/4.3/" + sed + ".invalid.json");
    }

    private static String read(String path) {
        try (InputStream in = Seds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
