namespace CodeMySpec.Accounts;

/// <summary>Keeps the user directory of each affected person in step with this account.</summary>
internal sealed partial class AccountGrain
{
    // Directory calls go out in batches of this size, so deleting a large team never floods the cluster.
    private const int DirectoryBatchSize = 16;

    /// <summary>
    /// Tells each person's directory what they are in this account now. Called after the account's own
    /// write; it sends the current truth rather than the change, so a repeat or retry converges.
    /// </summary>
    private async Task SyncDirectoriesAsync(IReadOnlyCollection<Guid> userIds)
    {
        foreach (var batch in userIds.Distinct().Chunk(DirectoryBatchSize))
        {
            await Task.WhenAll(batch.Select(SyncDirectoryAsync));
        }
    }

    private Task SyncDirectoryAsync(Guid userId)
    {
        var directory = GrainFactory.GetGrain<IUserDirectoryIndex>(userId);
        return state.RecordExists && FindMember(userId) is { } member
            ? directory.RecordMembershipAsync(Id, member.Role, Account.Type)
            : directory.ForgetMembershipAsync(Id);
    }
}
