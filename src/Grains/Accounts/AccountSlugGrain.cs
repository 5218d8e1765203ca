using CodeMySpec.Persistence;

namespace CodeMySpec.Accounts;

internal sealed class AccountSlugGrain(
    [PersistentState("account-slug", StorageProviders.Postgres)] IPersistentState<AccountSlugState> state)
    : Grain, IAccountSlugGrain
{
    public static string KeyFor(string slug) => "slug:" + slug;

    public async Task<bool> ClaimAsync(Guid accountId)
    {
        if (state.State.AccountId is { } holder)
        {
            return holder == accountId;
        }

        state.State.AccountId = accountId;
        await state.WriteOrDiscardAsync(this);
        return true;
    }

    public async Task ReleaseAsync(Guid accountId)
    {
        if (state.State.AccountId == accountId)
        {
            await state.ClearStateAsync();
        }
    }
}

/// <summary>Which account holds a slug.</summary>
internal sealed class AccountSlugState
{
    public Guid? AccountId { get; set; }
}
