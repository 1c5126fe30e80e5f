package jp.tokyo23city.portal.account.boundary;

import java.util.Set;

/** The outcome of one sign-in attempt. {@link Outcome#LOCKED} says nothing about whether the user name exists. */
public record SignInResult(Outcome outcome, String username, Set<String> roles) {

    public enum Outcome { SUCCEEDED, INVALID, LOCKED }

    static SignInResult succeeded(String username, Set<String> roles) {
        return new SignInResult(Outcome.SUCCEEDED, username, Set.copyOf(roles));
    }

    static SignInResult failed(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
