package jp.tokyo23city.portal.account.boundary;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.security.PasswordHasher;
import jp.tokyo23city.portal.security.Roles;

/**
 * Accounts the system itself creates: the first admin on an empty database, and the demo users. Runs at start-up
 * with no caller; pages never call it (admins create accounts through the member approval flow).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountProvisioning {

    private static final Logger LOG = Logger.getLogger(AccountProvisioning.class.getName());
    public static final String ADMIN_USERNAME = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.admin.initial-password", defaultValue = " ")
    String initialPassword;

    @PostConstruct
    void createFirstAdmin() {
        long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? randomPassword() : initialPassword;
        create(ADMIN_USERNAME, "プロジェクト事務局 管理者", "admin@localhost", password, Set.of(Roles.ADMIN), true);
        if (generated) {
            LOG.warning(() -> "\n========================================================================\n"
                    + " First start: created the admin account.\n"
                    + "   user name: " + ADMIN_USERNAME + "\n"
                    + "   password : " + password + "\n"
                    + " It is shown only this once and must be changed at the first sign-in.\n"
                    + "========================================================================");
        } else {
            LOG.info("First start: created the admin account 'admin' with PORTAL_ADMIN_INITIAL_PASSWORD;"
                    + " it must be changed at the first sign-in.");
        }
    }

    /** Creates an account unless the user name is taken; returns the existing one otherwise. */
    public Account create(String username, String displayName, String email, String password, Set<String> roles,
                          boolean mustChangePassword) {
        String name = AccountService.normalizeUsername(username);
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Instant now = Instant.now();
                    Account account = new Account(name, displayName, AccountService.normalizeEmail(email),
                            hasher.hash(password), roles, now);
                    if (mustChangePassword) {
                        account.changePassword(account.getPasswordHash(), true, now);
                    }
                    em.persist(account);
                    audit.record(null, "ACCOUNT_CREATED", name + " " + roles);
                    return account;
                });
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
