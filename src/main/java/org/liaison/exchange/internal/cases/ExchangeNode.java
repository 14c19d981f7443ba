package org.liaison.exchange.internal.cases;

import java.util.List;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who this node is in the exchange network: its country, the access point it answers for, the environment it
 * works in (a production node never exchanges with test institutions) and the limits on attachments.
 *
 * @param liaisonInstitution this node's own IR id (the liaison body), sender of what the officers send
 */
@ConfigurationProperties("liaison.exchange.node")
public record ExchangeNode(@DefaultValue("FR") String country, @DefaultValue("FR:AP01") String accessPoint,
                          @DefaultValue("PRODUCTION") ExchangeEnvironment environment,
                          @DefaultValue("FR:CLEISS") String liaisonInstitution,
                          @DefaultValue("5242880") int maxAttachmentBytes,
                          @DefaultValue({"application/pdf", "image/jpeg", "image/png", "application/xml", "text/plain"})
                          List<String> attachmentTypes) {
}
