package io.sirius.plugin.accountlink.internal.observers;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.plugin.accountlink.model.AccountLinkAction;
import io.sirius.plugin.accountlink.model.RemoteAccountLinkNotification;
import java.util.Optional;

/**
 * Links or unlinks the two accounts in the core AccountState cache, changing only their link fields (never a
 * balance):
 *
 * <table>
 * <caption>link fields after the notification</caption>
 * <tr><th></th><th>main account</th><th>remote account</th></tr>
 * <tr><td>link, COMMIT; unlink, ROLLBACK</td><td>MAIN, remote key</td><td>REMOTE, main key</td></tr>
 * <tr><td>unlink, COMMIT</td><td>UNLINKED, none</td><td>REMOTE_UNLINKED, none</td></tr>
 * <tr><td>link, ROLLBACK</td><td>UNLINKED, none</td><td>what it was: UNLINKED or REMOTE_UNLINKED, none</td></tr>
 * </table>
 *
 * <p>Every row but the last restores exactly what the validators guaranteed was there before (a link needs an
 * UNLINKED main account; an unlink needs the two accounts linked to each other).
 *
 * <p><b>Undoing a link, the remote account.</b> Before a link the remote account was either unknown (the link's
 * public-key notification then created it, UNLINKED) or a former remote (REMOTE_UNLINKED). Sirius always writes
 * REMOTE_UNLINKED on rollback and relies on its account cache dropping accounts created at the undone height; this
 * kernel drops an account on rollback only if it is exactly as its creation made it, UNLINKED included, so a remote
 * account created by the link must go back to UNLINKED for the block's rollback to give the state back exactly. The
 * observer tells the two apart by what the remote account is now: one created at this very height that holds no
 * balance, and whose public key (if still there) also dates from this height, was created by this block: UNLINKED.
 * Anything else existed before this block: REMOTE_UNLINKED. The one account that fits the first description yet was
 * a former remote is one linked, unlinked and linked again within this same block; undoing the whole block, the
 * undo of its first link sets it UNLINKED again, and the kernel removes it, so the block's rollback still ends
 * exactly where it started.
 *
 * <p>The remote account is looked up by address; if it is missing (only possible in the middle of undoing a block
 * that created it, after the kernel dropped it as fresh), it is created at this height so that the rest of the undo
 * finds it, and the kernel drops it again when the block's first link is undone. A missing main account is a broken
 * kernel invariant (the signer's account always exists) and fails loudly.
 */
public final class AccountLinkObserver implements Observer<RemoteAccountLinkNotification> {

    @Override
    public Class<RemoteAccountLinkNotification> notificationType() {
        return RemoteAccountLinkNotification.class;
    }

    @Override
    public void notify(RemoteAccountLinkNotification notification, ObserverContext context) {
        CacheDelta<Address, AccountState> cache = context.state().cache(AccountStateCache.DESCRIPTOR);
        Address mainAddress = context.addressOf(notification.mainAccountKey());
        Address remoteAddress = context.addressOf(notification.remoteAccountKey());
        AccountState main = cache.find(mainAddress).orElseThrow(() -> new IllegalStateException(
                "account link: the main account " + mainAddress + " is not in the account state"));
        AccountState remote = cache.find(remoteAddress).orElseGet(() -> AccountState.create(remoteAddress, context.height()));
        boolean link = notification.linkAction() == AccountLinkAction.LINK.code();
        boolean commit = context.mode() == NotifyMode.COMMIT;
        if (link == commit) {
            cache.put(mainAddress, main.withLink(AccountType.MAIN, Optional.of(notification.remoteAccountKey())));
            cache.put(remoteAddress, remote.withLink(AccountType.REMOTE, Optional.of(notification.mainAccountKey())));
            return;
        }
        cache.put(mainAddress, main.withLink(AccountType.UNLINKED, Optional.empty()));
        AccountType remoteType = !commit && createdAt(remote, context.height()) ? AccountType.UNLINKED
                : AccountType.REMOTE_UNLINKED;
        cache.put(remoteAddress, remote.withLink(remoteType, Optional.empty()));
    }

    /**
     * @return whether {@code account} was created at {@code height} and has gained nothing since but its link and,
     *     at that same height, its public key
     */
    static boolean createdAt(AccountState account, Height height) {
        return account.addressHeight().equals(height) && account.balances().isEmpty()
                && (account.publicKey().isEmpty() || account.publicKeyHeight().equals(height));
    }
}
