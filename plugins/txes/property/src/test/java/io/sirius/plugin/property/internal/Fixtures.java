package io.sirius.plugin.property.internal;

import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.property.internal.config.PropertyConfig;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.AccountProperty;
import io.sirius.plugin.property.state.PropertyCache;
import io.sirius.plugin.property.state.PropertyValue;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Map;

/** Shared values of the property tests; the keys are those of the SDK vectors. */
public final class Fixtures {
    /** The SDK vectors' signer (private key 2A91E1D5...8C9D). */
    public static final PublicKey OWNER = PublicKey.fromHex("87F87AD6898E8208EF5B8A2BA5FD2566CB62C116F3480C6D6EA1E45E4C3D6E69");
    /** Its mijin-test address. */
    public static final Address OWNER_ADDRESS = Address.parse("SA2KVUXWLON4BTOHCXFAZY4L7S3HCKQZVE6VRLNF");
    /** Another account. */
    public static final PublicKey OTHER = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** Its mijin-test address. */
    public static final Address OTHER_ADDRESS = Address.parse("SARNASAS2BIAB6LMFA3FPMGBPGIJGK6IJETM3ZSP");
    /** The currency mosaic. */
    public static final MosaicId CURRENCY = ContextBuilder.DEV_CURRENCY_MOSAIC_ID;
    /** Transfer. */
    public static final EntityType TRANSFER = new EntityType(0x4154);
    /** The property section the tests use: at most 3 values. */
    public static final Map<String, String> CONFIG = Map.of("maxPropertyValues", "3");

    private Fixtures() {
    }

    /** @return a state holding the Property cache, empty */
    public static InMemoryState state() {
        return InMemoryState.of(PropertyCache.DESCRIPTOR);
    }

    /**
     * @param height the height
     * @param state the state
     * @return a context builder with the section
     */
    public static ContextBuilder context(long height, InMemoryState state) {
        return ContextBuilder.context().height(height).state(state).config(PropertyConfig.SECTION, CONFIG);
    }

    /**
     * @param address an account
     * @param properties some of its properties (the others empty)
     * @return its properties
     */
    public static AccountProperties properties(Address address, AccountProperty... properties) {
        AccountProperties entry = AccountProperties.empty(address);
        for (AccountProperty property : properties) {
            entry = entry.with(property);
        }
        return entry;
    }

    /**
     * @param block whether it blocks
     * @param addresses the values
     * @return an address property
     */
    public static AccountProperty addresses(boolean block, Address... addresses) {
        return new AccountProperty(PropertyType.ADDRESS, block,
                List.of(addresses).stream().map(PropertyValue::of).sorted().toList());
    }

    /**
     * @param block whether it blocks
     * @param mosaics the values
     * @return a mosaic property
     */
    public static AccountProperty mosaics(boolean block, MosaicId... mosaics) {
        return new AccountProperty(PropertyType.MOSAIC_ID, block,
                List.of(mosaics).stream().map(PropertyValue::of).sorted().toList());
    }

    /**
     * @param block whether it blocks
     * @param types the values
     * @return a transaction type property
     */
    public static AccountProperty types(boolean block, EntityType... types) {
        return new AccountProperty(PropertyType.TRANSACTION_TYPE, block,
                List.of(types).stream().map(PropertyValue::of).sorted().toList());
    }

    /**
     * @param entries account properties to store
     * @return a state holding them
     */
    public static InMemoryState with(AccountProperties... entries) {
        InMemoryState state = state();
        for (AccountProperties entry : entries) {
            state.cache(PropertyCache.DESCRIPTOR).put(entry.address(), entry);
        }
        return state;
    }
}
