package io.sirius.kernel.internal.core;

import io.sirius.crypto.Ed25519;
import io.sirius.kernel.internal.PluginDeclaration;
import java.util.List;

/**
 * The kernel's built-in rules, declared the way a plugin declares its own (Sirius's coresystem, signature and
 * hashcache plugins). Its caches (NetworkConfig, AccountState) are added by the kernel, not listed here.
 */
public final class CoreSystem {
    /** The core's name in listings. */
    public static final String NAME = "coresystem";

    private CoreSystem() {
    }

    /**
     * @param ed25519 the signature verifier
     * @return the core system's validators and observers
     */
    public static PluginDeclaration declaration(Ed25519 ed25519) {
        BalanceObservers balances = new BalanceObservers();
        return new PluginDeclaration(NAME, List.of(), List.of(), List.of(CoreResults.values()),
                List.of(new NetworkValidator(), new AddressValidator(), new DeadlineValidator(), new TransactionFeeValidator(),
                        new SignatureValidator(ed25519)),
                List.of(new EntityVersionValidator(), new UniqueTransactionHashValidator(), new BalanceValidators.Transfer(),
                        new BalanceValidators.Debit(), new BalanceValidators.AddressCredit(), new GreedValidator()),
                List.of(new AccountObservers.AddressObserver(), new AccountObservers.PublicKeyObserver(),
                        new TransactionHashObserver(), balances.transfer(), balances.debit(), balances.credit(),
                        balances.addressCredit(), new HarvestFeeObserver(balances), new ReceiptObserver()),
                List.of(), List.of(), List.of(), List.of(), java.util.Map.of());
    }
}
