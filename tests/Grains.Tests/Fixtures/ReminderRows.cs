using Npgsql;

namespace CodeMySpec.Grains.Tests.Fixtures;

/// <summary>Reads the reminder table straight from PostgreSQL, as an operator would.</summary>
public static class ReminderRows
{
    /// <summary>Whether a grain has a reminder of that name registered.</summary>
    public static async Task<bool> ExistsAsync(NpgsqlDataSource database, IAddressable grain, string reminderName)
    {
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM orleans_reminders WHERE grain_id = $1 AND reminder_name = $2");
        command.Parameters.Add(new() { Value = grain.GetGrainId().ToString() });
        command.Parameters.Add(new() { Value = reminderName });
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
