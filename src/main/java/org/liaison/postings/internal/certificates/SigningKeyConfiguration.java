package org.liaison.postings.internal.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which key signs the certificates: the institution's PKCS#12 keystore ({@code liaison.certificates.signing.keystore},
 * {@code .password}, {@code .alias}) when configured; otherwise a self-signed development key, generated once and
 * kept in the data directory ({@code .development-keystore}), or only in memory when that is blank (the tests).
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    /** Says on every signature what the key is not. */
    static final String DEVELOPMENT_SUBJECT = "CN=Liaison development key - not an institution,O=Liaison";

    @Bean
    SigningKey certificateSigningKey(@Value("${liaison.certificates.signing.keystore:}") String keystore,
                                     @Value("${liaison.certificates.signing.password:}") String password,
                                     @Value("${liaison.certificates.signing.alias:}") String alias,
                                     @Value("${liaison.certificates.signing.development-keystore:}") String development) {
        if (!keystore.isBlank()) {
            SigningKey key = SigningKey.fromKeystore(Path.of(keystore), password.toCharArray(), alias, false);
            log.info("Certificates are signed with the key of {}", key.certificate().getSubjectX500Principal().getName());
            return key;
        }
        SigningKey key;
        if (development.isBlank()) {
            key = SigningKey.generate(DEVELOPMENT_SUBJECT, true);
        } else {
            Path path = Path.of(development);
            if (!Files.isRegularFile(path)) {
                SigningKey.generate(DEVELOPMENT_SUBJECT, true)
                        .writeTo(path, SigningKey.DEVELOPMENT_PASSWORD, SigningKey.DEVELOPMENT_ALIAS);
            }
            key = SigningKey.fromKeystore(path, SigningKey.DEVELOPMENT_PASSWORD, SigningKey.DEVELOPMENT_ALIAS, true);
        }
        log.warn("Certificates are signed with a self-signed DEVELOPMENT key ({}): no foreign inspector can trust them. "
                + "Configure the institution's key with liaison.certificates.signing.keystore (docs/operations.md).",
                development.isBlank() ? "in memory" : development);
        return key;
    }
}
