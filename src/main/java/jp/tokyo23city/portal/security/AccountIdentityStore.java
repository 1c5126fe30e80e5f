package jp.tokyo23city.portal.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.boundary.SignInResult;

/** Validates user name and password against the portal's accounts; the groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result;
        try {
            result = accounts.signIn(login.getCaller(), login.getPasswordAsString());
        } catch (EJBException concurrentFirstFailure) {
            // Two first failures for the same name at once: one insert of its throttle row loses. Still a failure.
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.roles());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return validationResult.getCallerGroups();
    }
}
