// Case: Date and number strings as V8 with ICU en-US writes them in UTC: "(Coordinated Universal Time)", "1/5/2024, 3:04:05 PM", "1,234.57", "$1,234.50", "26%"
// Tags: both
{
const d=new Date(Date.UTC(2024,0,5,15,4,5)); console.log(d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString(), "|", new Date(0).toLocaleTimeString(), "|", (1234.5).toLocaleString("en-US",{style:"currency",currency:"USD"}), (0.256).toLocaleString("en-US",{style:"percent"}), (1234.5678).toLocaleString(undefined,{maximumFractionDigits:2}), (0).toLocaleString(), (-0.0001).toLocaleString(), (999.9999).toLocaleString(), (12).toLocaleString("en-US", {minimumFractionDigits: 2}), new Date(NaN).toLocaleString());
}
{
const d = new Date(0); console.log(String(d)); console.log(d.toString(), "|", d.toTimeString(), "|", d.toDateString(), "|", `${d}`, "|", d.toLocaleString(), "|", d.toUTCString()); console.log([d], {d}); console.log(new Date(2020, 5, 15, 13, 45).toString())
}
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString(), (-1234.5).toLocaleString(), (1e21).toLocaleString(), NaN.toLocaleString(), [1234, 5].toLocaleString())
