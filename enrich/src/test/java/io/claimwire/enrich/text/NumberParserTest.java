package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {
  private final NumberParser parser = new NumberParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Officials counted 1,243 homes.|1243|",
      "Officials counted 1 243 homes.|1243|",
      "The fund holds $3.5bn in cash.|3.5e9|usd",
      "A crowd of 40k marched.|40000|",
      "Some 1.2 million people voted.|1.2e6|",
      "Two dozen boats sank.|24|",
      "Half a million doses arrived.|500000|",
      "One and a half billion euros were pledged.|1.5e9|eur",
      "Unemployment rose to 7.5% last year.|7.5|percent",
      "Rescuers searched 40 square kilometres of forest.|40|km2",
      "The drought damaged 300 hectares of maize.|300|hectare",
      "Talks lasted for eleven hours.|11|hour",
      "Prices rose 12 per cent.|12|percent",
      "About a thousand people gathered.|1000|",
      "The state released Rs 450 crore for relief.|4.5e9|inr",
      "Nearly 3 lakh pilgrims arrived.|300000|",
      "Some two lakh voters were added.|200000|",
      "The grant was \u20b91.5 lakh per family.|150000|inr",
      "The fine was Rs. 12,50,000 in all.|1250000|inr",
      "Net profit reached PKR 3.2 billion.|3.2e9|pkr",
      "Bail was set at KSh 50,000.|50000|kes",
      "The province will spend $1.2-billion on roads.|1.2e9|usd",
      "Inflation eased to 3.5pc in March.|3.5|percent",
      "The utility needs R2.5 billion this year.|2.5e9|zar",
      "The county lost Sh5 billion to fraud.|5e9|shilling",
      "The club paid R45m for the striker.|4.5e7|zar",
      "The line carried 8.2 million riders.|8.2e6|",
      "Turnover reached $4.1bn.|4.1e9|usd",
      "The deficit was 0.3 trillion yen.|3e11|jpy",
  })
  void shouldReadFigure(String sentence, double value, String unit) {
    List<NumberMention> found = parser.parse(sentence);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Between 200 and 300 people fled.|200|300",
      "Forecasters expect 40-50 millimetres... no, 40-50 centimetres of snow.|40|50",
      "Estimates range from 5k to 20k.|5000|20000",
      "Some 200 to 300 families left.|200|300",
      "Between 10-12 million people need aid.|1e7|1.2e7",
      "The repairs will cost between 2 and 3 billion dollars.|2e9|3e9",
      "Numbers grew from 9 to 10 million.|9e6|1e7",
      "Prices ranged from 500 to 2 million pesos.|500|2e6",
      "Ridership was 8.2-8.7 million a year.|8.2e6|8.7e6",
  })
  void shouldReadRangeWithValueAsLowBound(String sentence, double low, double high) {
    NumberMention range = parser.parse(sentence).stream().filter(NumberMention::isRange).findFirst().orElseThrow();
    assertThat(range.low()).isEqualTo(low);
    assertThat(range.high()).isEqualTo(high);
    assertThat(range.value()).isEqualTo(low);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Dozens of houses burned.|12",
      "Hundreds of volunteers came.|100",
      "Thousands of fans waited.|1000",
      "Tens of thousands of people marched.|10000",
  })
  void shouldGiveVagueQuantityItsLowerBound(String sentence, double value) {
    NumberMention m = parser.parse(sentence).get(0);
    assertThat(m.vague()).isTrue();
    assertThat(m.value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The summit opened on Dec. 19 in Geneva.",
      "It was signed on March 3, 2021.",
      "Fighting resumed in 2024.",
      "The report is dated 2023-11-30.",
      "The vote starts on Friday at 10:30.",
      "A 45-year-old man was arrested.",
      "She finished 3rd in the race.",
      "The air force flies the F-16 and the Su-35S.",
      "Crews fired 155mm shells.",
      "Call +44 20 7946 0958 for details.",
      "The office is at 221 Baker Street.",
      "Resolution 2334 was cited.",
      "Casualties rose sharply in the last 24 hours.",
      "Their two sons were at home.",
      "The R2 was closed near the N5 junction.",
  })
  void shouldIgnoreNumbersThatAreNotFigures(String sentence) {
    assertThat(parser.parse(sentence)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Up to 900 a day arrive by boat.|per day", "It burns 20 tonnes per week.|per week"})
  void shouldReadRate(String sentence, String rate) {
    assertThat(parser.parse(sentence).get(0).rate()).isEqualTo(rate);
  }
}
