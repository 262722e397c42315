package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.locksecret.internal.config.SecretLockConfig;
import io.sirius.plugin.locksecret.internal.observers.ProofObserver;
import io.sirius.plugin.locksecret.internal.observers.SecretLockObserver;
import io.sirius.plugin.locksecret.internal.rest.AccountSecretLocksRoute;
import io.sirius.plugin.locksecret.internal.rest.SecretLockRoute;
import io.sirius.plugin.locksecret.internal.rest.SecretLockTransactionJson;
import io.sirius.plugin.locksecret.internal.rest.SecretLocksBySecretRoute;
import io.sirius.plugin.locksecret.internal.rest.SecretProofTransactionJson;
import io.sirius.plugin.locksecret.internal.validators.LockSecretResults;
import io.sirius.plugin.locksecret.internal.validators.ProofSecretValidator;
import io.sirius.plugin.locksecret.internal.validators.ProofValidator;
import io.sirius.plugin.locksecret.internal.validators.SecretLockCacheUniqueValidator;
import io.sirius.plugin.locksecret.internal.validators.SecretLockDurationValidator;
import io.sirius.plugin.locksecret.internal.validators.SecretLockHashAlgorithmValidator;
import io.sirius.plugin.locksecret.model.LockSecretTypes;
import io.sirius.plugin.locksecret.model.SecretLockTransaction;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;
import io.sirius.plugin.locksecret.state.SecretLockCache;
import org.osgi.service.component.annotations.Component;

/**
 * The secret lock family (hashed time locks, for atomic swaps): Secret_Lock takes a mosaic from its signer until the
 * proof of a secret is published, which pays the lock's recipient, or until the lock ends, which refunds the signer.
 * It owns the SecretLockInfo cache and serves {@code GET /account/{accountId}/lock/secret},
 * {@code GET /lock/secret/{secret}} and {@code GET /lock/compositeHash/{compositeHash}}.
 *
 * <p>Balances change only through core notifications: the handler debits the lock's funds, a derivation credits them
 * to the recipient on proof and another refunds them at the end of the block a lock ends in.
 */
@SiriusPlugin(value = "locksecret", types = {"0x4152", "0x4252"})
@Component(service = TransactionPlugin.class)
public final class LockSecretPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "locksecret";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(SecretLockConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Secret_Lock", LockSecretTypes.SECRET_LOCK,
                LockSecretTypes.SECRET_LOCK_VERSION, LockSecretTypes.SECRET_LOCK_VERSION, true, SecretLockTransaction.class,
                new SecretLockTransactionCodec(), new SecretLockTransactionHandler()));
        registrar.transaction(new TransactionDescriptor<>("Secret_Proof", LockSecretTypes.SECRET_PROOF,
                LockSecretTypes.SECRET_PROOF_VERSION, LockSecretTypes.SECRET_PROOF_VERSION, true,
                SecretProofTransaction.class, new SecretProofTransactionCodec(), new SecretProofTransactionHandler()));
        registrar.transactionJson(LockSecretTypes.SECRET_LOCK, new SecretLockTransactionJson());
        registrar.transactionJson(LockSecretTypes.SECRET_PROOF, new SecretProofTransactionJson());
        registrar.results(LockSecretResults.values());
        registrar.statelessValidator(new SecretLockHashAlgorithmValidator());
        registrar.statelessValidator(new SecretLockDurationValidator());
        registrar.statelessValidator(new ProofSecretValidator());
        registrar.statefulValidator(new SecretLockCacheUniqueValidator());
        registrar.statefulValidator(new ProofValidator());
        registrar.observer(new SecretLockObserver());
        registrar.observer(new ProofObserver());
        registrar.derivation(new ProofCreditDerivation());
        registrar.derivation(new SecretLockExpiryDerivation());
        registrar.cache(SecretLockCache.DESCRIPTOR);
        registrar.route(AccountSecretLocksRoute.descriptor());
        registrar.route(SecretLocksBySecretRoute.descriptor());
        registrar.route(SecretLockRoute.descriptor());
    }
}
