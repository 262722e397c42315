package io.sirius.api.account;

import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account. Immutable: every change returns a new state.
 *
 * @param address the account's address
 * @param addressHeight the height at which the address became known
 * @param publicKey the public key, once the account has signed something or been named by key
 * @param publicKeyHeight the height at which the public key became known (0 while unknown)
 * @param type its harvesting link role
 * @param linkedAccountKey the linked account's key for main and remote accounts
 * @param balances balances by mosaic id, sorted by unsigned id; no zero balances
 */
public record AccountState(Address address, Height addressHeight, Optional<PublicKey> publicKey, Height publicKeyHeight,
        AccountType type, Optional<PublicKey> linkedAccountKey, SortedMap<MosaicId, Amount> balances) {

    /** Checks and freezes the arguments. */
    public AccountState {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(addressHeight, "addressHeight");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(publicKeyHeight, "publicKeyHeight");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(linkedAccountKey, "linkedAccountKey");
        TreeMap<MosaicId, Amount> sorted = new TreeMap<>();
        for (Map.Entry<MosaicId, Amount> e : balances.entrySet()) {
            if (e.getValue().value() != 0) {
                sorted.put(e.getKey(), e.getValue());
            }
        }
        balances = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * @param address a newly seen address
     * @param height the height it was seen at
     * @return an account with nothing
     */
    public static AccountState create(Address address, Height height) {
        return new AccountState(address, height, Optional.empty(), new Height(0), AccountType.UNLINKED, Optional.empty(),
                new TreeMap<>());
    }

    /**
     * @param mosaic a mosaic
     * @return the balance, zero if none
     */
    public Amount balance(MosaicId mosaic) {
        return balances.getOrDefault(mosaic, Amount.ZERO);
    }

    /**
     * @param mosaic a mosaic
     * @param amount the new balance
     * @return the account with that balance
     */
    public AccountState withBalance(MosaicId mosaic, Amount amount) {
        TreeMap<MosaicId, Amount> changed = new TreeMap<>(balances);
        changed.put(mosaic, amount);
        return new AccountState(address, addressHeight, publicKey, publicKeyHeight, type, linkedAccountKey, changed);
    }

    /**
     * @param mosaic a mosaic
     * @param amount what to add
     * @return the account credited
     * @throws ArithmeticException if the balance would pass 2^64 - 1
     */
    public AccountState credit(MosaicId mosaic, Amount amount) {
        long before = balance(mosaic).value();
        long after = before + amount.value();
        if (Long.compareUnsigned(after, before) < 0) {
            throw new ArithmeticException("balance of " + mosaic + " in " + address + " overflows");
        }
        return withBalance(mosaic, new Amount(after));
    }

    /**
     * @param mosaic a mosaic
     * @param amount what to take
     * @return the account debited
     * @throws ArithmeticException if the balance is smaller than the amount
     */
    public AccountState debit(MosaicId mosaic, Amount amount) {
        long before = balance(mosaic).value();
        if (Long.compareUnsigned(before, amount.value()) < 0) {
            throw new ArithmeticException("balance of " + mosaic + " in " + address + " is " + Long.toUnsignedString(before)
                    + ", less than " + amount);
        }
        return withBalance(mosaic, new Amount(before - amount.value()));
    }

    /**
     * @param key the account's public key
     * @param height the height it became known
     * @return the account with its key (unchanged if the key was already known)
     */
    public AccountState withPublicKey(PublicKey key, Height height) {
        if (publicKey.isPresent()) {
            return this;
        }
        return new AccountState(address, addressHeight, Optional.of(key), height, type, linkedAccountKey, balances);
    }

    /**
     * @param key the account's public key
     * @return the account without it (a rollback of {@link #withPublicKey})
     */
    public AccountState withoutPublicKey(PublicKey key) {
        if (publicKey.isEmpty() || !publicKey.get().equals(key)) {
            return this;
        }
        return new AccountState(address, addressHeight, Optional.empty(), new Height(0), type, linkedAccountKey, balances);
    }

    /**
     * @param newType the link role
     * @param linked the linked key, or empty
     * @return the account with that link
     */
    public AccountState withLink(AccountType newType, Optional<PublicKey> linked) {
        return new AccountState(address, addressHeight, publicKey, publicKeyHeight, newType, linked, balances);
    }
}
