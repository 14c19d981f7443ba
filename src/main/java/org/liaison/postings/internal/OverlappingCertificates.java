package org.liaison.postings.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.Activity;
import org.liaison.coordination.PriorAffiliation;
import org.liaison.coordination.Situation;
import org.liaison.shared.DatePeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One posting, one certificate (issue #11 §4): a request for a person who already holds a valid certificate, or has
 * a request still pending, for an overlapping period is stopped with that number, unless it
 * <ul>
 *   <li>overlaps only withdrawn certificates: it <em>replaces</em> the latest of them;</li>
 *   <li>starts within or the day after a valid certificate for the same work state and ends later: it
 *       <em>extends</em> it. Reg. 883/2004 art. 12(1) limits the anticipated duration of the posting (24 months),
 *       not of each certificate, and a new posting of the same worker to the same state counts as one with the last
 *       unless two months have passed (reference/rules.md §1.1, Practical Guide Part I Q13). So the engine assesses
 *       the whole, from the first certificate's start to the new end, and the new certificate covers only the days
 *       after the existing one.</li>
 * </ul>
 * The same person: the NIR when both have one, otherwise family name, given names and birth date compared without
 * case, accents or extra spaces. Nothing of the holder is logged or audited here.
 */
@Component
class OverlappingCertificates {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OverlappingCertificates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * What the request continues, and the situation the engine assesses.
     *
     * @param replaces  the withdrawn certificate the request replaces, if any
     * @param extended  the valid certificate the request extends, if any
     * @param assessed  the situation to decide: the submitted one, or for an extension the whole posting
     */
    record Continuity(@Nullable String replaces, @Nullable String extended, Situation assessed) {
    }

    /** A certificate of the holder, as far as this check needs it. */
    private record Held(String number, DatePeriod period, String workState, boolean withdrawn,
                        Submission.HolderInput holder) {
    }

    /**
     * Checks the submission against the holder's certificates and pending requests.
     *
     * @throws SamePosting with the existing number when the person already holds or asked for the period
     */
    Continuity check(Submission.HolderInput holder, Situation situation, Activity posting) {
        LocalDate birth = LocalDate.parse(holder.birthDate().trim());
        String nir = nir(holder.identifier());
        // two submissions for the same person at the same moment would both find nothing: one waits for the other
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked").param("posting-holder:" + birth)
                .query(Integer.class).single();
        DatePeriod asked = posting.period();

        for (PendingRequest pending : pending(birth, nir)) {
            if (samePerson(holder, pending.holder()) && pending.period().overlaps(asked)) {
                throw new SamePosting(pending.number(), false);
            }
        }
        List<Held> held = certificates(birth, nir).stream().filter(c -> samePerson(holder, c.holder())).toList();
        List<Held> valid = held.stream().filter(c -> !c.withdrawn()).toList();
        Optional<Held> extended = valid.stream()
                .filter(c -> c.workState().equals(posting.state().value()))
                .filter(c -> !asked.start().isBefore(c.period().start())
                        && !asked.start().isAfter(c.period().end().plusDays(1))
                        && asked.end().isAfter(c.period().end()))
                .max(Comparator.comparing((Held c) -> c.period().end()));
        for (Held certificate : valid) {
            if (certificate.period().overlaps(asked) && !(extended.isPresent() && certificate == extended.get())) {
                throw new SamePosting(certificate.number(), true);
            }
        }
        if (extended.isPresent()) {
            LocalDate postingStart = postingStart(extended.get(), valid);
            return new Continuity(null, extended.get().number(), whole(situation, posting, postingStart));
        }
        String replaces = held.stream().filter(c -> c.withdrawn() && c.period().overlaps(asked))
                .max(Comparator.comparing((Held c) -> c.period().end())).map(Held::number).orElse(null);
        return new Continuity(replaces, null, situation);
    }

    /** The day the posting began: the start of the chain of valid certificates for the state, one after the other. */
    private static LocalDate postingStart(Held extended, List<Held> valid) {
        LocalDate start = extended.period().start();
        boolean earlier = true;
        while (earlier) {
            LocalDate from = start;
            Optional<Held> before = valid.stream().filter(c -> c.workState().equals(extended.workState()))
                    .filter(c -> c.period().start().isBefore(from) && !c.period().end().plusDays(1).isBefore(from))
                    .min(Comparator.comparing((Held c) -> c.period().start()));
            earlier = before.isPresent();
            if (earlier) {
                start = before.get().period().start();
            }
        }
        return start;
    }

    /**
     * The posting as a whole: the activity and the period from the posting's first day; the prior affiliation ends
     * before it, and the earlier postings that are this posting's own certificates are left out.
     */
    private static Situation whole(Situation situation, Activity posting, LocalDate start) {
        DatePeriod all = DatePeriod.of(start, posting.period().end());
        List<Activity> activities = situation.activities().stream().map(a -> a != posting ? a
                : new Activity(a.kind(), a.state(), a.employer(), a.postedFrom(), a.workingTimeShare(),
                        a.remunerationShare(), all, a.replacesPostedWorker(), a.similarActivity())).toList();
        PriorAffiliation prior = situation.priorAffiliation();
        if (prior != null && !prior.period().end().isBefore(start)) {
            prior = prior.period().start().isBefore(start)
                    ? new PriorAffiliation(prior.state(), DatePeriod.of(prior.period().start(), start.minusDays(1)))
                    : null;
        }
        var earlier = situation.earlierPostings().stream().filter(e -> !e.period().overlaps(all)).toList();
        DatePeriod period = situation.period().start().isBefore(start) ? situation.period()
                : DatePeriod.of(start, situation.period().end().isAfter(all.end()) ? situation.period().end() : all.end());
        return new Situation(situation.person(), activities, prior, earlier, period, situation.exceptionRequested());
    }

    /** The last day a certificate covers: the certificate of an extension starts the day after. */
    Optional<LocalDate> coveredUntil(String certificate) {
        return jdbc.sql("select period_end from certificate where number = ?").param(certificate)
                .query(LocalDate.class).optional();
    }

    private List<Held> certificates(LocalDate birth, @Nullable String nir) {
        return jdbc.sql("""
                        select number, period_start, period_end, work_state, withdrawn_at is not null as withdrawn,
                            holder_family_name, holder_given_names, holder_birth_date, holder_identifier
                        from certificate
                        where holder_birth_date = :birth or (cast(:nir as text) is not null and holder_identifier is not null
                            and upper(replace(holder_identifier, ' ', '')) = :nir)""")
                .param("birth", birth).param("nir", nir)
                .query((rs, i) -> new Held(rs.getString("number"),
                        DatePeriod.of(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
                        rs.getString("work_state"), rs.getBoolean("withdrawn"),
                        new Submission.HolderInput(rs.getString("holder_family_name"), rs.getString("holder_given_names"),
                                rs.getObject("holder_birth_date", LocalDate.class).toString(), null,
                                rs.getString("holder_identifier"))))
                .list();
    }

    private record PendingRequest(String number, DatePeriod period, Submission.HolderInput holder) {
    }

    /**
     * Requests not yet decided, and approved ones whose certificates are still on their way (they follow the
     * approval's commit): either will hold the period.
     */
    private List<PendingRequest> pending(LocalDate birth, @Nullable String nir) {
        List<PendingRequest> found = new ArrayList<>();
        jdbc.sql("""
                        select number, holder::text as holder, situation::text as situation from posting_request r
                        where (status in ('SUBMITTED', 'IN_REVIEW') or (status = 'APPROVED' and not exists
                                (select 1 from posting_certificate c where c.request_number = r.number)))
                          and (trim(holder ->> 'birthDate') = :birth or (cast(:nir as text) is not null
                               and upper(replace(holder ->> 'identifier', ' ', '')) = :nir))""")
                .param("birth", birth.toString()).param("nir", nir)
                .query((rs, i) -> {
                    try {
                        var situation = json.readValue(rs.getString("situation"), org.liaison.coordination.SituationInput.class);
                        var period = situation.activities() == null ? null : situation.activities().stream()
                                .filter(a -> a.postedFrom() != null && a.period() != null).map(a -> a.period()).findFirst()
                                .orElse(null);
                        if (period != null) {
                            found.add(new PendingRequest(rs.getString("number"),
                                    DatePeriod.of(LocalDate.parse(period.start().trim()), LocalDate.parse(period.end().trim())),
                                    json.readValue(rs.getString("holder"), Submission.HolderInput.class)));
                        }
                    } catch (RuntimeException e) {
                        // a stored request was valid when submitted; one that no longer reads holds no period
                    }
                    return 0;
                }).list();
        return found;
    }

    /** The NIR when both have one; otherwise the names and the birth date, without case, accents or extra spaces. */
    static boolean samePerson(Submission.HolderInput a, Submission.HolderInput b) {
        String nirA = nir(a.identifier());
        String nirB = nir(b.identifier());
        if (nirA != null && nirB != null) {
            return nirA.equals(nirB);
        }
        return name(a.familyName()).equals(name(b.familyName())) && name(a.givenNames()).equals(name(b.givenNames()))
                && a.birthDate() != null && b.birthDate() != null && a.birthDate().trim().equals(b.birthDate().trim());
    }

    static String name(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’.]+", " ").strip();
    }

    static @Nullable String nir(@Nullable String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        return identifier.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
