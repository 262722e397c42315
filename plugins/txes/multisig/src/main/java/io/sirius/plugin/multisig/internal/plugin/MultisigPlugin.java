package io.sirius.plugin.multisig.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.internal.observers.ModifyMultisigCosignersObserver;
import io.sirius.plugin.multisig.internal.observers.ModifyMultisigSettingsObserver;
import io.sirius.plugin.multisig.internal.rest.ModifyMultisigAccountTransactionJson;
import io.sirius.plugin.multisig.internal.rest.MultisigGraphRoute;
import io.sirius.plugin.multisig.internal.rest.MultisigRoute;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigCosignersValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigEmbeddedOnlyValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigInvalidCosignersValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigInvalidSettingsValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigLoopAndLevelValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigMaxCosignedAccountsValidator;
import io.sirius.plugin.multisig.internal.validators.ModifyMultisigMaxCosignersValidator;
import io.sirius.plugin.multisig.internal.validators.MultisigAggregateEligibleCosignersValidator;
import io.sirius.plugin.multisig.internal.validators.MultisigAggregateSufficientCosignersValidator;
import io.sirius.plugin.multisig.internal.validators.MultisigPermittedOperationValidator;
import io.sirius.plugin.multisig.internal.validators.MultisigResults;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.MultisigTypes;
import io.sirius.plugin.multisig.state.MultisigCache;
import org.osgi.service.component.annotations.Component;

/**
 * The multisig family: Modify_Multisig_Account (embedded only, as in Sirius), the Multisig cache, and the rules that
 * judge every aggregate's cosigners over the multisig graph (which the aggregate plugin leaves to this plugin while it
 * is enabled). Serves {@code GET /account/{accountId}/multisig} and {@code GET /account/{accountId}/multisig/graph}.
 *
 * <p>Stateful validators run in Sirius's order: the loop and depth check before the aggregate rules, and the
 * ineligible-cosigner rule (on the aggregate) before the missing-cosigner rule (on each embedded transaction). The
 * cosigners observer runs before the settings observer, which reads what the first one left.
 */
@SiriusPlugin(value = "multisig", types = "0x4155")
@Component(service = TransactionPlugin.class)
public final class MultisigPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "multisig";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(MultisigConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Modify_Multisig_Account", MultisigTypes.MODIFY_MULTISIG_ACCOUNT,
                MultisigTypes.MODIFY_MULTISIG_ACCOUNT_VERSION, MultisigTypes.MODIFY_MULTISIG_ACCOUNT_VERSION, true,
                ModifyMultisigAccountTransaction.class, new ModifyMultisigAccountTransactionCodec(),
                new ModifyMultisigAccountTransactionHandler()));
        registrar.transactionJson(MultisigTypes.MODIFY_MULTISIG_ACCOUNT, new ModifyMultisigAccountTransactionJson());
        registrar.results(MultisigResults.values());
        registrar.statelessValidator(new ModifyMultisigEmbeddedOnlyValidator());
        registrar.statelessValidator(new ModifyMultisigCosignersValidator());
        registrar.statefulValidator(new MultisigPermittedOperationValidator());
        registrar.statefulValidator(new ModifyMultisigMaxCosignedAccountsValidator());
        registrar.statefulValidator(new ModifyMultisigMaxCosignersValidator());
        registrar.statefulValidator(new ModifyMultisigInvalidCosignersValidator());
        registrar.statefulValidator(new ModifyMultisigInvalidSettingsValidator());
        registrar.statefulValidator(new ModifyMultisigLoopAndLevelValidator());
        registrar.statefulValidator(new MultisigAggregateEligibleCosignersValidator());
        registrar.statefulValidator(new MultisigAggregateSufficientCosignersValidator());
        registrar.observer(new ModifyMultisigCosignersObserver());
        registrar.observer(new ModifyMultisigSettingsObserver());
        registrar.cache(MultisigCache.DESCRIPTOR);
        registrar.route(MultisigRoute.descriptor());
        registrar.route(MultisigGraphRoute.descriptor());
    }
}
