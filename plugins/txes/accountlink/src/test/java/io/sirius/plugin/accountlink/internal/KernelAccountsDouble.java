package io.sirius.plugin.accountlink.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;

/**
 * What the kernel's core does with a public key notification, for tests that undo whole blocks: on COMMIT the account
 * is created if new and takes the key if it has none; on ROLLBACK the key goes if it became known at this height, and
 * the account goes if it is exactly as its creation at this height made it (no key, no balance, unlinked). This
 * mirrors {@code io.sirius.kernel.internal.core.AccountObservers}, which a plugin cannot depend on.
 */
public final class KernelAccountsDouble implements Observer<AccountPublicKeyNotification> {

    @Override
    public Class<AccountPublicKeyNotification> notificationType() {
        return AccountPublicKeyNotification.class;
    }

    @Override
    public void notify(AccountPublicKeyNotification notification, ObserverContext context) {
        CacheDelta<Address, AccountState> cache = context.state().cache(AccountStateCache.DESCRIPTOR);
        Address address = context.addressOf(notification.publicKey());
        Height height = context.height();
        if (context.mode() == NotifyMode.COMMIT) {
            AccountState account = cache.find(address).orElseGet(() -> AccountState.create(address, height));
            if (account.publicKey().isEmpty() || !cache.contains(address)) {
                cache.put(address, account.withPublicKey(notification.publicKey(), height));
            }
            return;
        }
        cache.find(address).ifPresent(account -> {
            if (account.publicKeyHeight().equals(height)) {
                cache.put(address, account.withoutPublicKey(notification.publicKey()));
            }
        });
        cache.find(address).filter(a -> a.addressHeight().equals(height) && a.publicKey().isEmpty() && a.balances().isEmpty()
                && a.type() == AccountType.UNLINKED && a.linkedAccountKey().isEmpty()).ifPresent(a -> cache.remove(address));
    }
}
