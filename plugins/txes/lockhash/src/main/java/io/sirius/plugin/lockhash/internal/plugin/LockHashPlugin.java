package io.sirius.plugin.lockhash.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.lockhash.internal.config.HashLockConfig;
import io.sirius.plugin.lockhash.internal.observers.CompletedAggregateObserver;
import io.sirius.plugin.lockhash.internal.observers.HashLockObserver;
import io.sirius.plugin.lockhash.internal.rest.AccountHashLocksRoute;
import io.sirius.plugin.lockhash.internal.rest.HashLockRoute;
import io.sirius.plugin.lockhash.internal.rest.HashLockTransactionJson;
import io.sirius.plugin.lockhash.internal.validators.AggregateHashPresentValidator;
import io.sirius.plugin.lockhash.internal.validators.HashLockCacheUniqueValidator;
import io.sirius.plugin.lockhash.internal.validators.HashLockDurationValidator;
import io.sirius.plugin.lockhash.internal.validators.HashLockMosaicValidator;
import io.sirius.plugin.lockhash.internal.validators.LockHashResults;
import io.sirius.plugin.lockhash.model.HashLockTransaction;
import io.sirius.plugin.lockhash.model.LockHashTypes;
import io.sirius.plugin.lockhash.state.HashLockCache;
import org.osgi.service.component.annotations.Component;

/**
 * The hash lock family: Hash_Lock deposits {@code lockedFundsPerAggregate} of the currency to guard a bonded aggregate
 * (spam protection for the partial cache). The deposit returns to its owner when the aggregate is confirmed and goes
 * to the harvester of the block the lock ends in otherwise. It owns the HashLockInfo cache and serves
 * {@code GET /account/{accountId}/lock/hash} and {@code GET /lock/hash/{hash}}.
 *
 * <p>Balances change only through core notifications: the handler debits the deposit, a derivation returns it on the
 * aggregate's confirmation (the core's {@code TransactionNotification} of a bonded type) and another forfeits it at
 * the end of the block the lock ends in.
 */
@SiriusPlugin(value = "lockhash", types = "0x4148")
@Component(service = TransactionPlugin.class)
public final class LockHashPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "lockhash";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(HashLockConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Hash_Lock", LockHashTypes.HASH_LOCK,
                LockHashTypes.HASH_LOCK_VERSION, LockHashTypes.HASH_LOCK_VERSION, true, HashLockTransaction.class,
                new HashLockTransactionCodec(), new HashLockTransactionHandler()));
        registrar.transactionJson(LockHashTypes.HASH_LOCK, new HashLockTransactionJson());
        registrar.results(LockHashResults.values());
        registrar.statelessValidator(new HashLockDurationValidator());
        registrar.statefulValidator(new HashLockMosaicValidator());
        registrar.statefulValidator(new AggregateHashPresentValidator());
        registrar.statefulValidator(new HashLockCacheUniqueValidator());
        registrar.observer(new HashLockObserver());
        registrar.observer(new CompletedAggregateObserver());
        registrar.derivation(new CompletedAggregateDerivation());
        registrar.derivation(new HashLockExpiryDerivation());
        registrar.cache(HashLockCache.DESCRIPTOR);
        registrar.route(AccountHashLocksRoute.descriptor());
        registrar.route(HashLockRoute.descriptor());
    }
}
