package org.liaison.exchange.internal.institutions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small IR files for tests, written as the documented format. */
final class IrFiles {

    private IrFiles() {
    }

    /** A file holding these records (JSON objects), one per line, so that record n starts on line n + 3. */
    static String file(String... records) {
        return "{\"format\": \"liaison-ir/1\",\n \"institutions\": [\n"
                + Arrays.stream(records).collect(Collectors.joining(",\n")) + "\n]}\n";
    }

    /** A valid production record handling LA_BUC_04 as counterparty and case owner. */
    static String record(String id, String name) {
        return record(id, name, "PRODUCTION", "LA_BUC_04");
    }

    static String record(String id, String name, String environment, String buc) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"environment\": \"" + environment
                + "\", \"accessPoint\": \"" + id.substring(0, 2) + ":AP01\", \"validFrom\": \"2020-01-01\", "
                + "\"bucs\": [{\"buc\": \"" + buc + "\", \"roles\": [\"CASE_OWNER\", \"COUNTERPARTY\"]}]}";
    }

    static String removal(String id) {
        return "{\"id\": \"" + id + "\", \"action\": \"remove\"}";
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
