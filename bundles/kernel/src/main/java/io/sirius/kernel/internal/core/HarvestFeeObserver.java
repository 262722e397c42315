package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.BlockNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.ReceiptType;
import io.sirius.kernel.config.ChainSettings;

/**
 * A block's fees go to its producer (to the main account when a remote key harvested), less the network's
 * {@code harvestBeneficiaryPercentage} for the block's beneficiary when it names one other than the producer.
 *
 * <p>Receipts, as Sirius writes them: a harvest fee receipt (0x2143) for the account credited, always for the
 * producer (even when the block earned nothing) and for the beneficiary when its share is not zero.
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
        KernelContext kernel = (KernelContext) context;
        long beneficiaryShare = 0;
        if (!block.beneficiary().isZero() && !block.beneficiary().equals(block.signer())) {
            ChainSettings chain = kernel.networkConfig().chain();
            beneficiaryShare = Long.divideUnsigned(total, 100) * chain.harvestBeneficiaryPercentage()
                    + Long.remainderUnsigned(total, 100) * chain.harvestBeneficiaryPercentage() / 100;
        }
        PublicKey harvester = feeRecipient(block.signer(), context, kernel);
        credit(context, kernel, harvester, total - beneficiaryShare);
        if (beneficiaryShare != 0) {
            credit(context, kernel, block.beneficiary(), beneficiaryShare);
        }
    }

    private void credit(ObserverContext context, KernelContext kernel, PublicKey account, long amount) {
        if (amount != 0) {
            balances.apply(context, kernel.addressOf(account), context.currencyMosaicId(), new Amount(amount), true);
        }
        if (context.mode() == NotifyMode.COMMIT) {
            context.addReceipt(new BalanceChangeReceipt(ReceiptType.HARVEST_FEE, account, context.currencyMosaicId(),
                    new Amount(amount)));
        }
    }

    private static PublicKey feeRecipient(PublicKey signer, ObserverContext context, KernelContext kernel) {
        AccountState account = context.state().cache(AccountStateCache.DESCRIPTOR).find(kernel.addressOf(signer)).orElse(null);
        if (account != null && account.type() == AccountType.REMOTE && account.linkedAccountKey().isPresent()) {
            return account.linkedAccountKey().get();
        }
        return signer;
    }
}
