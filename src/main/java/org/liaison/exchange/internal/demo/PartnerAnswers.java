package org.liaison.exchange.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.SedReceived;
import org.liaison.exchange.cases.SedSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the simulated partner node only: answers what it receives as {@code exchange/demo/partner-replies.json} says
 * (an A001 gets its A011, an H001 its H002, a P2000 its P5000 then P6000), after a delay, through the same
 * {@link ExchangeCases} API and checks as any user, so that a demo case runs to its end with nobody on the other side.
 */
@Component
@ConditionalOnProperty(name = "liaison.exchange.simulated-partner.answers", havingValue = "true")
class PartnerAnswers {

    static final String FILE = "exchange/demo/partner-replies.json";
    private static final Logger log = LoggerFactory.getLogger(PartnerAnswers.class);
    private static final CaseAccess PARTNER = CaseAccess.everything("simulated-partner");

    record Reply(String sed, Map<String, String> copy) {
    }

    private final Map<String, List<Reply>> plan;
    private final ExchangeCases cases;
    private final DemoDocuments documents;
    private final DemoInstitutionNames names;
    private final TaskScheduler scheduler;
    private final SimulatedPartnerProperties properties;

    PartnerAnswers(JsonMapper json, ExchangeCases cases, DemoDocuments documents, DemoInstitutionNames names,
                   TaskScheduler scheduler, SimulatedPartnerProperties properties) {
        this.plan = load(json);
        this.cases = cases;
        this.documents = documents;
        this.names = names;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /** After the SED is stored (never for a receipt that rolled back). */
    @TransactionalEventListener
    void received(SedReceived event) {
        List<Reply> replies = plan.getOrDefault(event.sedType(), List.of());
        if (!replies.isEmpty()) {
            scheduler.schedule(() -> answer(event, replies), Instant.now().plus(properties.replyDelay()));
        }
    }

    void answer(SedReceived event, List<Reply> replies) {
        try {
            ExchangeCase c = cases.find(event.caseId(), PARTNER);
            CaseSed request = c.seds().stream().filter(s -> s.id().equals(event.sedId())).findFirst().orElseThrow();
            String asked = cases.content(c.id(), request.id(), PARTNER);
            String us = request.receiver();
            for (int i = 0; i < replies.size(); i++) {
                Reply reply = replies.get(i);
                String content = documents.reply(reply.sed(), c.version(), c.id(), c.ownerInstitution(), us,
                        names.of(us), request.sender(), request, asked, reply.copy());
                cases.submit(c.id(), SedSubmission.sed(reply.sed(), i == 0 ? request.id() : null, content), PARTNER);
                log.info("Simulated partner: {} sent in case {}", reply.sed(), c.id());
            }
        } catch (CaseRefusedException e) {
            log.info("Simulated partner: no answer to {} in case {} ({})", event.sedType(), event.caseId(),
                    e.getMessage());
        }
    }

    private static Reply reply(JsonNode entry) {
        Map<String, String> copy = new LinkedHashMap<>();
        JsonNode fields = entry.path("copy");
        fields.propertyNames().forEach(target -> copy.put(target, fields.get(target).asString()));
        return new Reply(entry.get("sed").asString(), Map.copyOf(copy));
    }

    private static Map<String, List<Reply>> load(JsonMapper json) {
        try (InputStream in = PartnerAnswers.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            Map<String, List<Reply>> plan = new LinkedHashMap<>();
            JsonNode replies = json.readTree(in).get("replies");
            for (String request : replies.propertyNames()) {
                plan.put(request, replies.get(request).valueStream().map(PartnerAnswers::reply).toList());
            }
            return Map.copyOf(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
