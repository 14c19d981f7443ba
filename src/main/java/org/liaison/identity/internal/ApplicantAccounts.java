package org.liaison.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Applicant;
import org.liaison.identity.ApplicantKind;
import org.liaison.identity.Applicants;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.liaison.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants' accounts (issue #11 §4): signing up (the account, its verification link and the mail carrying it in
 * one transaction), verifying the address by the link, sending the link again. An applicant is an {@code app_user}
 * with the role {@link Role#APPLICANT} and a profile in {@code applicant}; the username is generated so that the
 * audit trail (which names users) holds no e-mail address. Until the address is verified the account cannot sign in.
 */
@Service
public class ApplicantAccounts implements Applicants {

    /** How applicants' usernames begin; staff accounts may not (UserRules). */
    static final String USERNAME_PREFIX = "applicant-";

    /** Loose on purpose: the link in the mail is the real check of an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final UserStore users;
    private final VerificationTokens tokens;
    private final MailOutbox mails;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ApplicantAccounts(UserStore users, VerificationTokens tokens, MailOutbox mails, PasswordEncoder encoder,
                      AuditTrail audit, MessageSource messages, JdbcClient jdbc) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** What a person gives to sign up; the fields of the other kind are ignored. */
    public record SignUp(@Nullable String email, @Nullable String password, @Nullable String passwordAgain,
                         @Nullable ApplicantKind kind, @Nullable String siret, @Nullable String companyName,
                         @Nullable String familyName, @Nullable String givenNames, @Nullable String birthDate) {
    }

    /**
     * Creates the account and queues the mail with its verification link; the problems instead when the input
     * breaks a rule. An address that already has an account gets no second one, and the page says the same as for
     * a new account (a mail is sent to the address either way: a new link if not verified yet), so that sign-up
     * never tells whether someone has an account.
     *
     * @param linkBase the address the token is appended to, e.g. {@code https://liaison.example/account/verify?token=}
     */
    @Transactional
    public List<FieldProblem> signUp(SignUp form, String linkBase, Locale locale) {
        List<FieldProblem> problems = check(form);
        if (!problems.isEmpty()) {
            return problems;
        }
        String email = form.email().trim();
        Optional<Long> existing = userIdOf(email);
        if (existing.isPresent()) {
            if (!verified(existing.get())) {
                sendLink(existing.get(), email, linkBase, locale);
            }
            return List.of();
        }
        long id = insert(form);
        String username = usernameOf(id);
        audit.record(AuditEvent.of("APPLICANT_CREATED", "USER", username).with("kind", form.kind()));
        sendLink(id, email, linkBase, locale);
        return List.of();
    }

    /** Sends a new link to an address whose account is not verified yet; says nothing either way. */
    @Transactional
    public void resend(@Nullable String email, String linkBase, Locale locale) {
        if (email == null || email.isBlank()) {
            return;
        }
        userIdOf(email.trim()).filter(id -> !verified(id)).ifPresent(id -> sendLink(id, email.trim(), linkBase, locale));
    }

    /** Verifies the address the token was sent to; false when the link is unknown, used or expired. */
    @Transactional
    public boolean verify(@Nullable String token) {
        Optional<Long> user = tokens.consume(token, clock.instant());
        user.ifPresent(id -> {
            jdbc.sql("update applicant set email_verified_at = coalesce(email_verified_at, ?) where user_id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            audit.record(AuditEvent.of("APPLICANT_VERIFIED", "USER", usernameOf(id)));
        });
        return user.isPresent();
    }

    @Override
    public Optional<Applicant> find(String username) {
        return jdbc.sql("""
                select u.username, a.kind, a.siret, a.company_name, a.family_name, a.given_names, a.birth_date
                from applicant a join app_user u on u.id = a.user_id
                where lower(u.username) = lower(?) and a.email_verified_at is not null""")
                .param(username)
                .query((rs, n) -> new Applicant(rs.getString("username"), ApplicantKind.valueOf(rs.getString("kind")),
                        rs.getString("siret"), rs.getString("company_name"), rs.getString("family_name"),
                        rs.getString("given_names"),
                        rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate()))
                .optional();
    }

    @Override
    public Optional<Applicant> findByEmail(String email) {
        return usernameForEmail(email).flatMap(this::find);
    }

    /**
     * An account whose address counts as verified at once, without mail: the demo profile's employer, and tests.
     * Nothing else may skip the verification.
     */
    @Transactional
    public void createVerified(SignUp form) {
        if (userIdOf(form.email()).isPresent()) {
            return;
        }
        if (!check(form).isEmpty()) {
            throw new IllegalArgumentException("invalid demo applicant");
        }
        long id = insert(form);
        jdbc.sql("update applicant set email_verified_at = now() where user_id = ?").param(id).update();
        String username = usernameOf(id);
        audit.record(AuditEvent.of("APPLICANT_CREATED", "USER", username).by("system").with("kind", form.kind()));
    }

    /** The user and its profile, from a checked sign-up; returns the user's id. */
    private long insert(SignUp form) {
        boolean employer = form.kind() == ApplicantKind.EMPLOYER;
        String displayName = employer ? form.companyName().trim()
                : form.givenNames().trim() + " " + form.familyName().trim();
        // a placeholder, then the row's id: "applicant-12" names nobody and cannot collide with another account
        String placeholder = USERNAME_PREFIX + "new-" + java.util.UUID.randomUUID();
        long id = users.insert(new UserAccount(placeholder, displayName, null, null, Set.of(Role.APPLICANT), true,
                null, null), encoder.encode(form.password()));
        jdbc.sql("update app_user set username = ? where id = ?").params(USERNAME_PREFIX + id, id).update();
        jdbc.sql("""
                insert into applicant (user_id, email, kind, siret, company_name, family_name, given_names, birth_date)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, form.email().trim(), form.kind().name(),
                        employer ? Siret.normalise(form.siret()) : null,
                        employer ? form.companyName().trim() : null,
                        employer ? null : form.familyName().trim(),
                        employer ? null : form.givenNames().trim(),
                        employer ? null : LocalDate.parse(form.birthDate().trim()))
                .update();
        return id;
    }

    /** The username an applicant signs in with their e-mail address under, if the address has an account. */
    Optional<String> usernameForEmail(String email) {
        return jdbc.sql("select u.username from applicant a join app_user u on u.id = a.user_id where lower(a.email) = lower(?)")
                .param(email.trim()).query(String.class).optional();
    }

    /** The username behind what was typed in the sign-in form: an applicant's e-mail address, or a username as is. */
    public String signInName(@Nullable String typed) {
        return typed != null && typed.contains("@") ? usernameForEmail(typed).orElse(typed) : typed;
    }

    /** Whether the user is an applicant whose address is not verified yet (such an account cannot sign in). */
    boolean awaitsVerification(String username) {
        return jdbc.sql("""
                select count(*) from applicant a join app_user u on u.id = a.user_id
                where lower(u.username) = lower(?) and a.email_verified_at is null""")
                .param(username).query(Long.class).single() > 0;
    }

    private void sendLink(long userId, String email, String linkBase, Locale locale) {
        String token = tokens.issue(userId, clock.instant());
        String username = usernameOf(userId);
        mails.write(email, messages.getMessage("identity.applicant.mail.verify.subject", null, locale),
                messages.getMessage("identity.applicant.mail.verify.body", new Object[] {linkBase + token,
                        VerificationTokens.VALIDITY.toHours()}, locale),
                "VERIFY_EMAIL", username);
        audit.record(AuditEvent.of("APPLICANT_LINK_QUEUED", "USER", username));
    }

    private Optional<Long> userIdOf(String email) {
        return jdbc.sql("select user_id from applicant where lower(email) = lower(?)").param(email)
                .query(Long.class).optional();
    }

    private boolean verified(long userId) {
        return jdbc.sql("select email_verified_at is not null from applicant where user_id = ?").param(userId)
                .query(Boolean.class).single();
    }

    private String usernameOf(long userId) {
        return jdbc.sql("select username from app_user where id = ?").param(userId).query(String.class).single();
    }

    static List<FieldProblem> check(SignUp form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(form.email()) || !EMAIL.matcher(form.email().trim()).matches() || form.email().trim().length() > 320) {
            problems.add(IdentityProblems.of("email", "identity.applicant.email.invalid"));
        }
        if (!Passwords.acceptable(form.password())) {
            problems.add(IdentityProblems.of("password", "identity.applicant.password.short"));
        } else if (!form.password().equals(form.passwordAgain())) {
            problems.add(IdentityProblems.of("passwordAgain", "identity.applicant.password.different"));
        }
        if (form.kind() == null) {
            problems.add(IdentityProblems.of("kind", "identity.applicant.kind.required"));
        } else if (form.kind() == ApplicantKind.EMPLOYER) {
            if (blank(form.companyName()) || form.companyName().trim().length() > 500) {
                problems.add(IdentityProblems.of("companyName", "identity.applicant.companyName.required"));
            }
            if (!Siret.valid(form.siret())) {
                problems.add(IdentityProblems.of("siret", "identity.applicant.siret.invalid"));
            }
        } else {
            if (blank(form.familyName()) || form.familyName().trim().length() > 200) {
                problems.add(IdentityProblems.of("familyName", "identity.applicant.familyName.required"));
            }
            if (blank(form.givenNames()) || form.givenNames().trim().length() > 200) {
                problems.add(IdentityProblems.of("givenNames", "identity.applicant.givenNames.required"));
            }
            if (!pastDate(form.birthDate())) {
                problems.add(IdentityProblems.of("birthDate", "identity.applicant.birthDate.invalid"));
            }
        }
        return problems;
    }

    private static boolean pastDate(@Nullable String text) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.trim());
            return date.isBefore(LocalDate.now()) && date.getYear() > 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
