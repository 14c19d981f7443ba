package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.Seds;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.internal.cases.Hashes;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.TransportReceipt;

/** Germany's DVKA opens an H_BUC_01 with the liaison body by sending it an H001, as the incoming side's tests need. */
final class IncomingH001 {

    private IncomingH001() {
    }

    /** The catalogue's valid H001 about another person than its example's Claire Martin. */
    static String about(String familyName, String... givenNames) {
        String given = Stream.of(givenNames).map(g -> "\"" + g + "\"").collect(Collectors.joining(", "));
        return Seds.valid("H001").replaceFirst("\"familyName\": \"Martin\"", "\"familyName\": \"" + familyName + "\"")
                .replaceFirst("\"givenNames\": \\[\\s*\"Claire\"", "\"givenNames\": [" + given);
    }

    /** Receives the H001 on this node, as of the given day; the new case's id. */
    static String receive(NodeReceiver node, String content, LocalDate today, Instant now) {
        long unique = System.nanoTime();
        String caseId = "DE-2026-" + unique % 10_000_000;
        ExchangeMessage message = new ExchangeMessage("MSG-" + unique, caseId, "H_BUC_01", "4.3",
                ExchangeEnvironment.PRODUCTION, "DE:DVKA", "DE:AP01", "FR:CLEISS", "FR:AP01", CaseRole.CASE_OWNER,
                "SED-" + unique, "H001", BucActionKind.SEND, null, null,
                List.of(new BucParticipant("DE:DVKA", CaseRole.CASE_OWNER), new BucParticipant("FR:CLEISS", CaseRole.COUNTERPARTY)),
                content, Hashes.sha256(content), List.of(), today, now);
        assertThat(node.receive(message).status()).isEqualTo(TransportReceipt.Status.ACCEPTED);
        return caseId;
    }
}
