package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.kernel.config.ChainSettings;

/**
 * A block's fees go to its producer (to the main account when a remote key harvested), less the network's
 * {@code harvestBeneficiaryPercentage} for the block's beneficiary when it names one other than the producer.
 */
public final class HarvestFeeObserver implements Observer<BlockNotification> {
    private final BalanceObservers balances;

    /**
     * @param balances moves balances and keeps the history
     */
    public HarvestFeeObserver(BalanceObservers balances) {
        this.balances = balances;
    }

    @Override
    public Class<BlockNotification> notificationType() {
        return BlockNotification.class;
    }

    @Override
    public void notify(BlockNotification block, ObserverContext context) {
        long total = block.totalFee().value();
        if (total == 0) {
            return;
        }
        KernelContext kernel = (KernelContext) context;
        long beneficiaryShare = 0;
        if (!block.beneficiary().isZero() && !block.beneficiary().equals(block.signer())) {
            ChainSettings chain = kernel.networkConfig().chain();
            beneficiaryShare = Long.divideUnsigned(total, 100) * chain.harvestBeneficiaryPercentage()
                    + Long.remainderUnsigned(total, 100) * chain.harvestBeneficiaryPercentage() / 100;
        }
        Address harvester = feeRecipient(block.signer(), context, kernel);
        Address beneficiary = beneficiaryShare == 0 ? null : kernel.addressOf(block.beneficiary());
        balances.apply(context, harvester, context.currencyMosaicId(), new Amount(total - beneficiaryShare), true);
        if (beneficiary != null) {
            balances.apply(context, beneficiary, context.currencyMosaicId(), new Amount(beneficiaryShare), true);
        }
    }

    private static Address feeRecipient(PublicKey signer, ObserverContext context, KernelContext kernel) {
        Address address = kernel.addressOf(signer);
        AccountState account = context.state().cache(AccountStateCache.DESCRIPTOR).find(address).orElse(null);
        if (account != null && account.type() == AccountType.REMOTE && account.linkedAccountKey().isPresent()) {
            return kernel.addressOf(account.linkedAccountKey().get());
        }
        return address;
    }
}
