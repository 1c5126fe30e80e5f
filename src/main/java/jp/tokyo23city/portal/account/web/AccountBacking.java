package jp.tokyo23city.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;

/** /account/index.xhtml: the signed-in person's own account. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    AccountService accounts;

    private Account account;

    @PostConstruct
    void load() {
        account = accounts.current();
    }

    public Account getAccount() {
        return account;
    }
}
