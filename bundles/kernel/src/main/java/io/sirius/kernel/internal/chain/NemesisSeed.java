package io.sirius.kernel.internal.chain;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.config.NetworkConfigEntry;
import io.sirius.kernel.internal.core.BalanceHistory;
import io.sirius.kernel.internal.core.Holders;
import io.sirius.kernel.internal.pipeline.AddressBook;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import io.sirius.state.StateChanges;

/**
 * What the nemesis block's state starts from before its transactions run: the network config in force from
 * height 1, the nemesis signer's account with its public key, and, when the mosaic plugin does not issue the currency
 * in the nemesis block, the initial supply held by the nemesis signer (Sirius's {@code initialCurrencyAtomicUnits}).
 * Every node of a network must have the same seed; it is kept beside the chain's data.
 *
 * @param configText the nemesis config-network properties
 * @param supportedEntitiesJson the nemesis supported entities
 * @param initialSupply the currency the nemesis signer holds before the nemesis transactions
 */
public record NemesisSeed(String configText, String supportedEntitiesJson, Amount initialSupply) {

    /**
     * Writes the seed into the nemesis block's delta.
     *
     * @param changes the nemesis block's delta
     * @param identity the network
     * @param addresses the address book
     */
    public void apply(StateChanges changes, NetworkIdentity identity, AddressBook addresses) {
        Height one = Height.NEMESIS;
        changes.cache(NetworkConfigCache.DESCRIPTOR).put(one, new NetworkConfigEntry(one, configText, supportedEntitiesJson));
        Address nemesis = addresses.addressOf(identity.nemesisSigner());
        AccountState account = AccountState.create(nemesis, one).withPublicKey(identity.nemesisSigner(), one);
        if (initialSupply.value() != 0) {
            account = account.credit(identity.currencyMosaicId(), initialSupply);
            BalanceHistory.commit(changes.index(BalanceHistory.INDEX), nemesis, one, initialSupply, new Height(0));
            Holders.update(changes.index(AccountStateCache.HOLDERS), nemesis, identity.currencyMosaicId(), Amount.ZERO,
                    initialSupply);
        }
        changes.cache(AccountStateCache.DESCRIPTOR).put(nemesis, account);
    }
}
