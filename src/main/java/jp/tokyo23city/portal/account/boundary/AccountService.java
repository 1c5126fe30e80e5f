package jp.tokyo23city.portal.account.boundary;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.account.entity.LoginThrottle;
import jp.tokyo23city.portal.account.entity.PasswordResetToken;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.PasswordHasher;
import jp.tokyo23city.portal.security.PasswordPolicy;
import jp.tokyo23city.portal.security.Roles;
import jp.tokyo23city.portal.security.SecretTokens;

/** Sign-in, passwords and password reset of the portal's accounts. */
@Stateless
public class AccountService {

    /** A new staff account's first password is set through a link valid this long. */
    static final java.time.Duration STAFF_SETUP_VALIDITY = java.time.Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    MailOutbox mail;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Checks a typed user name and password. Failures are counted per typed name, and a locked name is refused
     * before its password is looked at, whether or not an account has that name.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String typedUsername, String password) {
        String username = normalizeUsername(typedUsername);
        Instant now = Instant.now();
        if (username.isEmpty() || username.length() > Account.USERNAME_MAX || password == null) {
            return SignInResult.failed(SignInResult.Outcome.INVALID);
        }
        // Locked, so that parallel guesses for one name are counted one after the other, not lost.
        LoginThrottle throttle = em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLocked(now)) {
            audit.record(username, "LOGIN_REFUSED_LOCKED", null);
            return SignInResult.failed(SignInResult.Outcome.LOCKED);
        }
        Optional<Account> account = findAccount(username);
        boolean valid;
        if (account.isPresent()) {
            valid = hasher.verify(password, account.get().getPasswordHash()) && account.get().canSignIn();
        } else {
            hasher.verifyDecoy(password);
            valid = false;
        }
        if (valid) {
            if (throttle != null) {
                em.remove(throttle);
            }
            account.get().recordLogin(now);
            audit.record(username, "LOGIN", null);
            return SignInResult.succeeded(username, account.get().getRoles());
        }
        if (throttle == null) {
            throttle = new LoginThrottle(username, now);
            em.persist(throttle);
        }
        boolean lockedNow = throttle.registerFailure(now);
        audit.record(username, lockedNow ? "LOGIN_LOCKED" : "LOGIN_FAILED", null);
        return SignInResult.failed(lockedNow ? SignInResult.Outcome.LOCKED : SignInResult.Outcome.INVALID);
    }

    /**
     * What a session was signed in with: it changes when the password or the roles change or the account is
     * disabled, and then every older session of that account ends (OWASP ASVS 5.0 V7.4). Empty for no account.
     */
    @PermitAll
    public Optional<String> credentialStamp(String username) {
        return findAccount(username).filter(Account::canSignIn).map(Account::credentialStamp);
    }

    /** Whether the typed name is locked now; tells nothing about whether such an account exists. */
    @PermitAll
    public boolean isLocked(String typedUsername) {
        LoginThrottle throttle = em.find(LoginThrottle.class, normalizeUsername(typedUsername));
        return throttle != null && throttle.isLocked(Instant.now());
    }

    private Optional<Account> findAccount(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", normalizeUsername(username))
                .getResultStream().findFirst();
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
    public Account current() {
        return findAccount(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new AccountException("account.message.notFound"));
    }

    /** The signed-in caller's account in brief, read in one query without its roles (every board page asks). */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
    public AccountSummary currentSummary() {
        return em.createQuery("SELECT NEW jp.tokyo23city.portal.account.boundary.AccountSummary(a.id, a.displayName,"
                        + " a.memberId) FROM Account a WHERE a.username = :username", AccountSummary.class)
                .setParameter("username", normalizeUsername(caller.getCallerPrincipal().getName()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccountException("account.message.notFound"));
    }

    /** Changes the caller's own password; the current one must be given. */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
    public void changePassword(String currentPassword, String newPassword) {
        Account account = current();
        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            audit.record(account.getUsername(), "PASSWORD_CHANGE_REFUSED", "wrong current password");
            throw new AccountException("account.password.message.wrongCurrent");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountException("account.password.message.sameAsCurrent");
        }
        setPassword(account, newPassword, false);
        audit.record(account.getUsername(), "PASSWORD_CHANGED", null);
        mail.queue(account.getEmail(), "【特別区全国連携プロジェクト】パスワードを変更しました",
                account.getDisplayName() + " 様\n\n"
                        + "ポータルのパスワードが " + JapaneseDates.dateTime(Instant.now()) + " に変更されました。\n\n"
                        + "お心当たりのない場合は、直ちに次のページからパスワードを再設定し、事務局にご連絡ください。\n"
                        + baseUrl + "/password-reset.xhtml\n\n" + signature());
    }

    /**
     * Sends a single-use link to set a new password, when the address belongs to an account. The caller learns
     * nothing either way: the page says the same in both cases.
     */
    @PermitAll
    public void requestPasswordReset(String typedEmail) {
        String email = normalizeEmail(typedEmail);
        List<Account> matches = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email).getResultList();
        for (Account account : matches) {
            if (!account.canSignIn()) {
                continue;
            }
            String secret = SecretTokens.newSecret();
            Instant now = Instant.now();
            em.persist(new PasswordResetToken(account, SecretTokens.hash(secret), now));
            audit.record(account.getUsername(), "PASSWORD_RESET_REQUESTED", null);
            mail.queue(account.getEmail(), "【特別区全国連携プロジェクト】パスワード再設定のご案内",
                    account.getDisplayName() + " 様\n\n"
                            + "パスワード再設定のお申し込みを受け付けました。\n"
                            + "次のリンクを開き、新しいパスワードを設定してください。\n\n"
                            + baseUrl + "/password-reset-confirm.xhtml?token=" + secret + "\n\n"
                            + "このリンクは " + PasswordResetToken.VALIDITY.toMinutes() + " 分間、1回だけ有効です"
                            + "（有効期限：" + JapaneseDates.dateTime(now.plus(PasswordResetToken.VALIDITY)) + "）。\n"
                            + "ユーザー名：" + account.getUsername() + "\n\n"
                            + "お心当たりのない場合は、このメールを破棄してください。パスワードは変わりません。\n\n"
                            + signature());
        }
        if (matches.isEmpty()) {
            audit.record(null, "PASSWORD_RESET_UNKNOWN_ADDRESS", null);
        }
    }

    /** Whether a reset link can still be used, so the page can say so before the person types a password. */
    @PermitAll
    public boolean isResetTokenUsable(String secret) {
        return findToken(secret).map(t -> t.isUsable(Instant.now())).orElse(false);
    }

    /** Sets a new password through a reset link, which is used up by it. */
    @PermitAll
    public void resetPassword(String secret, String newPassword) {
        Instant now = Instant.now();
        PasswordResetToken token = findToken(secret)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> new AccountException("password-reset-confirm.message.invalidToken"));
        Account account = token.getAccount();
        PasswordPolicy.violation(account.getUsername(), newPassword).ifPresent(key -> {
            throw new AccountException(key);
        });
        int used = em.createNamedQuery(PasswordResetToken.USE).setParameter("now", now)
                .setParameter("hash", SecretTokens.hash(secret)).executeUpdate();
        if (used != 1) {
            throw new AccountException("password-reset-confirm.message.invalidToken");
        }
        setPassword(account, newPassword, false);
        em.createNamedQuery(PasswordResetToken.OPEN_OF_ACCOUNT, PasswordResetToken.class)
                .setParameter("account", account).getResultList()
                .forEach(t -> t.markUsed(now));
        LoginThrottle throttle = em.find(LoginThrottle.class, account.getUsername());
        if (throttle != null) {
            em.remove(throttle);
        }
        audit.record(account.getUsername(), "PASSWORD_RESET", null);
        mail.queue(account.getEmail(), "【特別区全国連携プロジェクト】パスワードを再設定しました",
                account.getDisplayName() + " 様\n\n"
                        + "パスワードの再設定が完了しました（" + JapaneseDates.dateTime(now) + "）。\n"
                        + "次のページから新しいパスワードでログインしてください。\n"
                        + baseUrl + "/login.xhtml\n\n"
                        + "お心当たりのない場合は、事務局にご連絡ください。\n\n" + signature());
    }

    /**
     * Creates the staff account of a member's contact person (on approval of an application, or an accepted
     * invitation). The user name is the e-mail address; the person chooses the password through the returned link.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER_STAFF, Roles.WARD_STAFF})
    public StaffAccountSetup createStaffAccount(String email, String displayName, Long memberId, Set<String> roles) {
        if (!Set.of(Roles.MEMBER_STAFF, Roles.WARD_STAFF).containsAll(roles)) {
            throw new AccountException("account.message.staffRolesOnly");
        }
        // Staff invite colleagues of their own member only.
        requireSameMemberUnlessAdmin(memberId);
        String username = normalizeEmail(email);
        if (username.length() > Account.USERNAME_MAX) {
            throw new AccountException("account.message.emailTooLongForUsername");
        }
        if (findAccount(username).isPresent()) {
            throw new AccountException("account.message.usernameTaken");
        }
        Instant now = Instant.now();
        Account account = new Account(username, displayName.length() > Account.DISPLAY_NAME_MAX
                ? displayName.substring(0, Account.DISPLAY_NAME_MAX) : displayName, username,
                hasher.hash(SecretTokens.newSecret()), roles, now);
        account.assignToMember(memberId);
        em.persist(account);
        String secret = SecretTokens.newSecret();
        PasswordResetToken token = new PasswordResetToken(account, SecretTokens.hash(secret), now, STAFF_SETUP_VALIDITY);
        em.persist(token);
        audit.record(caller.getCallerPrincipal().getName(), "ACCOUNT_CREATED", username + " " + roles);
        return new StaffAccountSetup(username, baseUrl + "/password-reset-confirm.xhtml?token=" + secret,
                token.getExpiresAt());
    }

    /** The member the signed-in caller is staff of, if any. */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF, Roles.DESK_CONTACT})
    public Optional<Long> currentMemberId() {
        return Optional.ofNullable(current().getMemberId());
    }

    /** The staff accounts of a member: for its own staff, ward staff and admins. */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
    public List<Account> staffOf(Long memberId) {
        requireSameMemberUnlessAdminOrWard(memberId);
        return em.createNamedQuery(Account.OF_MEMBER, Account.class).setParameter("memberId", memberId).getResultList();
    }

    /**
     * Closes a staff account (hand-over when someone leaves): its sessions end at once; posts stay with the member.
     * Staff close accounts of their own member only.
     */
    @RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
    public void closeAccount(String username) {
        Account account = findAccount(username).orElseThrow(() -> new AccountException("account.message.notFound"));
        if (account.getMemberId() == null) {
            throw new AccountException("account.message.notStaff");
        }
        requireSameMemberUnlessAdmin(account.getMemberId());
        account.close();
        audit.record(caller.getCallerPrincipal().getName(), "ACCOUNT_CLOSED", account.getUsername());
    }

    /** Moves every staff account of a duplicate member to the member it is merged into. */
    @RolesAllowed(Roles.ADMIN)
    public int moveStaff(Long fromMemberId, Long toMemberId) {
        List<Account> staff = em.createNamedQuery(Account.OF_MEMBER, Account.class)
                .setParameter("memberId", fromMemberId).getResultList();
        staff.forEach(account -> account.assignToMember(toMemberId));
        return staff.size();
    }

    private void requireSameMemberUnlessAdmin(Long memberId) {
        if (!caller.isCallerInRole(Roles.ADMIN) && !memberId.equals(current().getMemberId())) {
            throw new jakarta.ejb.EJBAccessException("Not staff of member " + memberId);
        }
    }

    private void requireSameMemberUnlessAdminOrWard(Long memberId) {
        if (!caller.isCallerInRole(Roles.WARD_STAFF)) {
            requireSameMemberUnlessAdmin(memberId);
        }
    }

    /** Where to tell the admins (or the contacts of a desk) that something waits for them. */
    @PermitAll
    public List<String> emailsOfRole(String role) {
        return em.createNamedQuery(Account.EMAILS_OF_ROLE, String.class).setParameter("role", role).getResultList();
    }

    /** Enabled accounts holding a role, by user name: the desk contacts an admin can assign to a desk. */
    @RolesAllowed(Roles.ADMIN)
    public List<Account> accountsOfRole(String role) {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE "
                + "ORDER BY a.username", Account.class).setParameter("role", role).getResultList();
    }

    /** Display names of accounts by id, for lists that show who did something. */
    @RolesAllowed({Roles.ADMIN, Roles.DESK_CONTACT})
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    /** Mail addresses of enabled accounts, for mailing the contacts of a desk. */
    @PermitAll
    public List<String> emailsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.email FROM Account a WHERE a.id IN :ids AND a.enabled = TRUE", String.class)
                .setParameter("ids", ids).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    private void setPassword(Account account, String newPassword, boolean mustChange) {
        PasswordPolicy.violation(account.getUsername(), newPassword).ifPresent(key -> {
            throw new AccountException(key);
        });
        account.changePassword(hasher.hash(newPassword), mustChange, Instant.now());
    }

    private Optional<PasswordResetToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordResetToken.BY_HASH, PasswordResetToken.class)
                .setParameter("hash", SecretTokens.hash(secret)).getResultStream().findFirst();
    }

    static String signature() {
        return "――――――――――――――――――――\n特別区全国連携プロジェクト\n"
                + "（このメールは送信専用です。ご返信いただいてもお答えできません）";
    }

    public static String normalizeUsername(String username) {
        return username == null ? ""
                : Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizeEmail(String email) {
        return email == null ? ""
                : Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }


}
