namespace CodeMySpec.Sessions;

/// <summary>What the agent's hooks last said about it: not heard from, working, waiting for input, or ended.</summary>
public enum AgentActivity
{
    Unknown = 0,
    Working = 1,
    Waiting = 2,
    Ended = 3,
}
