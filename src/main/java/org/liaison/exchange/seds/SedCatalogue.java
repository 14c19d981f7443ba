package org.liaison.exchange.seds;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of SEDs and their JSON Schemas (draft 2020-12), one per SED and data-model version, with the
 * validation of documents against them. Documents are passed as raw JSON text, so callers need no JSON library.
 */
public interface SedCatalogue {

    /** Every SED type, in catalogue order (by sector, then code). */
    List<SedType> all();

    /** The SED of that code; a country variant such as {@code P3000_FR} finds its SED ({@code P3000}). */
    Optional<SedType> find(String code);

    /** The data-model versions known, oldest first ("4.2", "4.3"). */
    List<String> versions();

    /** The newest data-model version. */
    default String latestVersion() {
        List<String> versions = versions();
        return versions.get(versions.size() - 1);
    }

    /** The versions for which this SED has a schema (empty when it has none yet). */
    List<String> schemaVersions(String code);

    /**
     * The schema of the SED in that version as one self-contained JSON document: the envelope it refers to is
     * embedded under {@code $defs} with its own {@code $id}, as draft 2020-12 allows.
     */
    Optional<String> schema(String code, String version);

    /** The envelope schema every SED schema of the version refers to. */
    Optional<String> envelopeSchema(String version);

    /** The fields of the SED's schema (envelope included), flattened in document order. */
    List<SedField> fields(String code, String version);

    /** The form to compose the SED in that version, generated from its schema; empty when it has no schema there. */
    Optional<SedForm> form(String code, String version);

    /**
     * Validates a document: the schema of the SED in that version, then Liaison's checks (French NIR with its key,
     * periods in order). Malformed JSON gives one violation saying where.
     *
     * @throws UnknownSedException when the SED or the version has no schema
     */
    SedValidation validate(String code, String version, String json);
}
