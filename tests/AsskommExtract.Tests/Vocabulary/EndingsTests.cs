using AsskommExtract.Vocabulary;

namespace AsskommExtract.Tests.WordLists;

public class EndingsTests
{
    private static readonly Endings Roles = new(["meister", "meisterin", "rat", "in"]);

    [Theory]
    [InlineData("bürgermeister", true)]
    [InlineData("bürgermeisterin", true)]
    [InlineData("landrat", true)]
    [InlineData("rat", true)]
    [InlineData("in", true)]
    [InlineData("meisterei", false)]
    [InlineData("ra", false)]
    [InlineData("", false)]
    public void A_word_ends_in_a_listed_ending_of_any_length(string word, bool expected) =>
        Assert.Equal(expected, Roles.End(word));

    [Fact]
    public void Endings_compare_by_ordinal_so_the_caller_lower_cases() => Assert.False(Roles.End("BÜRGERMEISTER"));
}
