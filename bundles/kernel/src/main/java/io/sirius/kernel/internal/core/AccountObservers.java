package io.sirius.kernel.internal.core;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;

/**
 * Accounts come into being when an address or a public key is first seen, and go again when the block that
 * created them is undone.
 */
public final class AccountObservers {

    private AccountObservers() {
    }

    /**
     * Whether an account is exactly what its creation at {@code height} made it, so undoing the creation removes it.
     */
    static boolean isFresh(AccountState account, Height height) {
        return account.addressHeight().equals(height) && account.publicKey().isEmpty() && account.balances().isEmpty()
                && account.type() == AccountType.UNLINKED && account.linkedAccountKey().isEmpty();
    }

    static void removeIfFresh(CacheDelta<Address, AccountState> cache, Address address, Height height) {
        cache.find(address).filter(a -> isFresh(a, height)).ifPresent(a -> cache.remove(address));
    }

    /** An address becomes known. */
    public static final class AddressObserver implements Observer<AccountAddressNotification> {
        @Override
        public Class<AccountAddressNotification> notificationType() {
            return AccountAddressNotification.class;
        }

        @Override
        public void notify(AccountAddressNotification notification, ObserverContext context) {
            Address address = context.resolvers().resolve(notification.address()).orElse(null);
            if (address == null) {
                return;
            }
            CacheDelta<Address, AccountState> cache = context.state().cache(AccountStateCache.DESCRIPTOR);
            if (context.mode() == NotifyMode.COMMIT) {
                if (!cache.contains(address)) {
                    cache.put(address, AccountState.create(address, context.height()));
                }
            } else {
                removeIfFresh(cache, address, context.height());
            }
        }

        @Override
        public String name() {
            return "AccountAddressObserver";
        }
    }

    /** A public key becomes known. */
    public static final class PublicKeyObserver implements Observer<AccountPublicKeyNotification> {
        @Override
        public Class<AccountPublicKeyNotification> notificationType() {
            return AccountPublicKeyNotification.class;
        }

        @Override
        public void notify(AccountPublicKeyNotification notification, ObserverContext context) {
            Address address = ((KernelContext) context).addressOf(notification.publicKey());
            CacheDelta<Address, AccountState> cache = context.state().cache(AccountStateCache.DESCRIPTOR);
            if (context.mode() == NotifyMode.COMMIT) {
                AccountState account = Accounts.getOrCreate(cache, address, context.height());
                if (account.publicKey().isEmpty() || !cache.contains(address)) {
                    cache.put(address, account.withPublicKey(notification.publicKey(), context.height()));
                }
            } else {
                cache.find(address).ifPresent(account -> {
                    if (account.publicKeyHeight().equals(context.height())) {
                        cache.put(address, account.withoutPublicKey(notification.publicKey()));
                    }
                });
                removeIfFresh(cache, address, context.height());
            }
        }

        @Override
        public String name() {
            return "AccountPublicKeyObserver";
        }
    }
}
