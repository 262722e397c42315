package io.sirius.plugin.accountlink.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.accountlink.internal.config.AccountLinkConfig;
import io.sirius.plugin.accountlink.internal.observers.AccountLinkObserver;
import io.sirius.plugin.accountlink.internal.validators.AccountLinkActionValidator;
import io.sirius.plugin.accountlink.internal.validators.AccountLinkAvailabilityValidator;
import io.sirius.plugin.accountlink.internal.validators.AccountLinkResults;
import io.sirius.plugin.accountlink.internal.validators.NewRemoteAccountAvailabilityValidator;
import io.sirius.plugin.accountlink.internal.validators.RemoteInteractionValidator;
import io.sirius.plugin.accountlink.internal.validators.RemoteSenderValidator;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;
import org.osgi.service.component.annotations.Component;

/**
 * The account link family: an account lends its balance to a remote harvesting key, so the node that harvests holds a
 * key that can sign blocks but owns nothing. The link lives in the core AccountState cache (the main account becomes
 * MAIN, the remote REMOTE, each naming the other); the kernel's harvesting reads it. The plugin owns no cache. Besides
 * the link rules it keeps remote accounts inert while active: they may sign no transaction and take part in none.
 */
@SiriusPlugin(value = "accountlink", types = "0x414C")
@Component(service = TransactionPlugin.class)
public final class AccountLinkPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "accountlink";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(AccountLinkConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Account_Link", AccountLinkTypes.ACCOUNT_LINK,
                AccountLinkTypes.ACCOUNT_LINK_VERSION, AccountLinkTypes.ACCOUNT_LINK_VERSION, true,
                AccountLinkTransaction.class, new AccountLinkTransactionCodec(), new AccountLinkTransactionHandler()));
        registrar.transactionJson(AccountLinkTypes.ACCOUNT_LINK, new AccountLinkTransactionJson());
        registrar.results(AccountLinkResults.values());
        registrar.statelessValidator(new AccountLinkActionValidator());
        registrar.statefulValidator(new AccountLinkAvailabilityValidator());
        registrar.statefulValidator(new NewRemoteAccountAvailabilityValidator());
        registrar.statefulValidator(new RemoteSenderValidator());
        registrar.statefulValidator(new RemoteInteractionValidator());
        registrar.observer(new AccountLinkObserver());
    }
}
