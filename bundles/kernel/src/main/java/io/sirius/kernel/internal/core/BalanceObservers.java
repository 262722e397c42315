package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.BalanceCreditNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.kernel.config.ChainSettings;

/**
 * Balances move: transfers from sender to recipient, debits (fees, deposits) out of the sender, credits (minting,
 * refunds) into an account. Every change of
 * the harvesting mosaic's balance is written to the {@link BalanceHistory}.
 */
public final class BalanceObservers {
    /** Creates the observers. */
    public BalanceObservers() {
        // stateless: settings come from each context
    }

    /**
     * Adds (or, in rollback, removes) an amount to an account.
     *
     * @param context the observer context
     * @param address the account
     * @param mosaic the mosaic
     * @param amount the amount
     * @param credit true to credit in COMMIT mode, false to debit
     */
    void apply(ObserverContext context, Address address, MosaicId mosaic, Amount amount, boolean credit) {
        if (amount.value() == 0) {
            return;
        }
        CacheDelta<Address, AccountState> cache = context.state().cache(AccountStateCache.DESCRIPTOR);
        AccountState account = Accounts.getOrCreate(cache, address, context.height());
        boolean add = credit == (context.mode() == NotifyMode.COMMIT);
        AccountState changed = add ? account.credit(mosaic, amount) : account.debit(mosaic, amount);
        cache.put(address, changed);
        Holders.update(context.state().index(AccountStateCache.HOLDERS), address, mosaic, account.balance(mosaic),
                changed.balance(mosaic));
        if (mosaic.equals(context.currencyMosaicId())) {
            KernelContext kernel = (KernelContext) context;
            if (context.mode() == NotifyMode.COMMIT) {
                ChainSettings chain = kernel.networkConfig().chain();
                long keep = context.height().value() - chain.importanceGrouping() - chain.maxRollbackBlocks();
                BalanceHistory.commit(kernel.changes().index(BalanceHistory.INDEX), address, context.height(),
                        changed.balance(mosaic), new Height(Math.max(0, keep)));
            } else {
                BalanceHistory.rollback(kernel.changes().index(BalanceHistory.INDEX), address, context.height(),
                        changed.balance(mosaic));
            }
        }
        if (context.mode() == NotifyMode.ROLLBACK) {
            AccountObservers.removeIfFresh(cache, address, context.height());
        }
    }

    private static MosaicId resolve(ObserverContext context, UnresolvedMosaicId id) {
        return context.resolvers().resolve(id).orElseThrow(
                () -> new IllegalStateException("mosaic " + id + " does not resolve, yet its notification was validated"));
    }

    /** @return the observer of transfers */
    public Observer<BalanceTransferNotification> transfer() {
        return new Observer<>() {
            @Override
            public Class<BalanceTransferNotification> notificationType() {
                return BalanceTransferNotification.class;
            }

            @Override
            public void notify(BalanceTransferNotification n, ObserverContext context) {
                MosaicId mosaic = resolve(context, n.mosaicId());
                Address sender = ((KernelContext) context).addressOf(n.sender());
                Address recipient = context.resolvers().resolve(n.recipient()).orElseThrow(
                        () -> new IllegalStateException("recipient " + n.recipient() + " does not resolve"));
                if (context.mode() == NotifyMode.COMMIT) {
                    apply(context, sender, mosaic, n.amount(), false);
                    apply(context, recipient, mosaic, n.amount(), true);
                } else {
                    apply(context, recipient, mosaic, n.amount(), true);
                    apply(context, sender, mosaic, n.amount(), false);
                }
            }

            @Override
            public String name() {
                return "BalanceTransferObserver";
            }
        };
    }

    /** @return the observer of credits */
    public Observer<BalanceCreditNotification> credit() {
        return new Observer<>() {
            @Override
            public Class<BalanceCreditNotification> notificationType() {
                return BalanceCreditNotification.class;
            }

            @Override
            public void notify(BalanceCreditNotification n, ObserverContext context) {
                apply(context, ((KernelContext) context).addressOf(n.account()), resolve(context, n.mosaicId()), n.amount(),
                        true);
            }

            @Override
            public String name() {
                return "BalanceCreditObserver";
            }
        };
    }

    /** @return the observer of credits by address */
    public Observer<BalanceAddressCreditNotification> addressCredit() {
        return new Observer<>() {
            @Override
            public Class<BalanceAddressCreditNotification> notificationType() {
                return BalanceAddressCreditNotification.class;
            }

            @Override
            public void notify(BalanceAddressCreditNotification n, ObserverContext context) {
                Address recipient = context.resolvers().resolve(n.recipient()).orElseThrow(
                        () -> new IllegalStateException("recipient " + n.recipient() + " does not resolve"));
                apply(context, recipient, resolve(context, n.mosaicId()), n.amount(), true);
            }

            @Override
            public String name() {
                return "BalanceAddressCreditObserver";
            }
        };
    }

    /** @return the observer of debits */
    public Observer<BalanceDebitNotification> debit() {
        return new Observer<>() {
            @Override
            public Class<BalanceDebitNotification> notificationType() {
                return BalanceDebitNotification.class;
            }

            @Override
            public void notify(BalanceDebitNotification n, ObserverContext context) {
                apply(context, ((KernelContext) context).addressOf(n.sender()), resolve(context, n.mosaicId()), n.amount(),
                        false);
            }

            @Override
            public String name() {
                return "BalanceDebitObserver";
            }
        };
    }
}
